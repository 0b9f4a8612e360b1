/**
 * The polarity rule on negations worded another way ("has yet to", "unless", "rarely", "unknown",
 * "no longer" / "lost"), on negations that deny nothing the other sentence states (a condition
 * opening the sentence, a contrast on a phrase, a relative clause the other sentence leaves out,
 * the speaker's own "I don't know", a wish: "wanted to march"), and on negative-sense words both
 * sentences share; real changes of polarity of the same shapes stay flagged. Made-up sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, silentBothWays } from './cases.js';

describe('a negation against an affirmation of the same shape is flagged', () => {
  flaggedBothWays([
    ['a negation against the plain verb', 'The regional economy has not shown signs of sustainable growth, the bank said.', 'The regional economy has shown signs of sustainable growth, the bank said.', 'polarity'],
    ['a relative clause both sentences open', 'One of the agency\'s informants, who did not have a falling out with the bureau, gave an account of the raid.', 'One of the agency\'s informants, who has had a falling out with the bureau, gave an account of the raid.', 'polarity'],
    ['a negation against a stated intent', 'The judge says he will not appeal his case to the state supreme court.', 'The judge has said he plans to appeal the matter to the state supreme court.', 'polarity'],
    ['a negation beside a negative word both share', 'Officials said the bridge did not collapse, leaving an unknown number of drivers stranded.', 'Officials said the bridge collapsed, leaving an unknown number of drivers stranded.', 'polarity'],
  ]);
});

describe('a negation worded another way, or denying nothing the other states, is not flagged', () => {
  silentBothWays([
    ['"has yet to" / "hasn\'t"', 'Still, the housing market "has yet to show a lasting recovery."', 'But the housing market hasn\'t shown signs of a lasting recovery.', 'polarity'],
    ['"if … not" / "unless"', 'If the tariffs are not lifted, the trade bloc is threatening sanctions against the importers.', 'The trade bloc is threatening sanctions against the importers unless the tariffs are lifted.', 'polarity'],
    ['"rarely" / "typically do not"', 'The toll of the flood was not known and may never be, since mine operators rarely keep full shift rosters.', 'The exact toll of the flood was not known and may never be determined because mine operators typically do not keep accurate shift rosters.', 'polarity'],
    ['"not sold in" / "unknown to"', 'The firm will use the network to sell sweets made by its subsidiary, which makes products not sold in the country.', 'The firm will use the network to sell sweets made by its subsidiary, which makes products unknown to the local market.', 'polarity'],
    ['"no longer had" / "lost"', 'When the moths were kept in constant light, they flew towards the lamp, because they no longer had any sense of time.', 'And when the moths were kept in constant light, they flew towards the lamp, having lost their sense of time.', 'polarity'],
    ['a relative clause the other sentence leaves out', 'The defendant, who did not testify, was cleared of a second charge of neglecting the child.', 'The jury cleared the defendant of a second charge that accused him of neglecting the child.', 'polarity'],
    ['a contrast on a phrase', 'Appeals courts have issued differing rulings, allowing the displays in some cases and banning them in others.', 'Lower courts have split on the issue, allowing the displays in some cases and not in others.', 'polarity'],
    ['a condition opening the sentence', 'A council vote is considered essential in giving the agency the legal authority to sell the land.', 'Without an adopted vote, no agency has the legal authority to sell the land.', 'polarity'],
    ['the speaker\'s own uncertainty', 'Whether the dates line up, schedule-wise, so that I can sing with all three ... we\'ll see what happens," she said.', 'Whether the dates line up schedule-wise with all three, I don\'t know but we will see what happens."', 'polarity'],
    ['a wish against an inability', 'Last year the mayor boycotted the parade because he wanted to march with two actors from the show.', 'Last year, the mayor snubbed the parade after being told he couldn\'t march with cast members of the show.', 'polarity'],
  ]);
});
