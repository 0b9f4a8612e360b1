/**
 * The date rule on the day a reporting verb gives ("X said Tuesday", "she said in an interview
 * Tuesday", "BEA on Tuesday said"): it dates the statement, and compares only with the other
 * outlet's statement day, not with the day of the event; a day opening the sentence ("Saturday,
 * officials said") dates both. Two statement days, two event days, and a passive saying with no
 * reported clause ("will be announced Monday": the event itself) stay compared. Made-up sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, silentBothWays } from './cases.js';

describe('different days of one role are flagged', () => {
  flaggedBothWays([
    ['two statement days', 'The rebels ambushed the convoy near the border town, a military spokesman said Tuesday.', 'The rebels ambushed the convoy near the border town, a military spokesman said Wednesday.', 'date'],
    ['two publication days', 'The report was first published Tuesday by the trade journal.', 'The trade journal first published the report on Monday.', 'date'],
    ['a statement day before the verb', 'The software maker on Tuesday said quarterly profits rose 20 percent on strong sales.', 'The software maker said on Thursday quarterly profits rose 20 percent on strong sales.', 'date'],
    ['a day opening the sentence against a statement day', 'Police described the suspect as cooperative, but said Thursday that he had revealed nothing about the missing boat.', 'Saturday, police described the suspect as cooperative but said he has revealed nothing about the missing boat.', 'date'],
    ['a passive saying with no reported clause', 'The product will be announced Monday morning at the trade fair during a keynote by the chief executive.', 'The product is expected to be disclosed Friday morning at the trade fair during a keynote by the chief executive.', 'date'],
  ]);
});

describe('a statement day against an event day is not flagged', () => {
  silentBothWays([
    ['"ambushed … Saturday" / "said Sunday"', 'The rebels ambushed the convoy Saturday near the border town, said a military spokesman.', 'The rebels ambushed the convoy near the border town, a military spokesman said Sunday, a day after the attack.', 'date'],
    ['"early Saturday morning" / "said in an interview Tuesday"', 'In the interview, the widow said she heard the crash from the kitchen, where she was getting a glass of water early Saturday morning.', 'The widow heard the crash from the kitchen, where she was getting a glass of water, she said in an interview Tuesday.', 'date'],
  ]);
});
