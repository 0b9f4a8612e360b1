/**
 * The modality rule against a sentence that hedges the very word the other hedges, in words of its
 * own: a verb of appearance, inference or belief ("it appeared his side had fallen", "initial
 * information indicated it had veered", "the fund also thinks … are caught") or a preliminary source
 * ("Initial reports said"): two hedges, no difference; nor is "most likely to" (a comparison of
 * chances) a hedge, and "presumably" answers "apparently having lost" (the predicate read past
 * "having"). A hedge against a plain statement stays flagged, also when the hedging adverb stands
 * before function words only, after a subject both sentences share ("The town allegedly was one of
 * the first …"). Made-up sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, silentBothWays } from './cases.js';

describe('a hedge against a plain statement is flagged', () => {
  flaggedBothWays([
    ['a modal against the plain verb', 'Two nurses at the clinic were also infected, health officials said.', 'Two nurses at the clinic may also be infected, health officials said.', 'modality'],
    ['a reporting adverb against the plain verb', 'The driver reportedly pleaded not guilty to the charges on Monday.', 'The driver pleaded not guilty to the charges on Monday.', 'modality'],
    ['an expectation against the fact', 'The chief executive, Ms Grant, was not expected to attend.', 'The chief executive, Ms Grant, did not attend.', 'modality'],
    ['a hedging adverb before "having" and its verb, against the plain verb', 'When the moths were kept in constant light, they flew towards the lamp, because they had lost any sense of time.', 'And when moths were kept in constant light, they flew towards the lamp, apparently having lost their sense of time.', 'modality'],
    ['an adverb before function words, after a shared subject', 'The town allegedly was one of the first places to ban smoking, but many cities now ban it in bars.', 'While the town was one of the first to ban smoking, it is now common: many cities ban it in bars.', 'modality'],
  ]);
});

describe('two hedges worded differently are not flagged', () => {
  silentBothWays([
    ['"it appeared" / "may have"', 'In a statement later, he said it appeared his side had fallen a bit short.', 'The chairman conceded in a statement that his group may have fallen "a bit short."', 'modality'],
    ['"thinks" / "are estimated to"', 'The fund also thinks a further 10,000 birds are being caught every year around the straits.', 'According to the fund, a further 10,000 birds are estimated to be caught around the straits.', 'modality'],
    ['"information indicated" / "appeared to"', 'The owner\'s director said initial information indicated it had veered from its flight path because of fog.', 'The owner\'s director said it appeared to have veered from its flight path because of the fog.', 'modality'],
    ['"Initial reports said" / "appeared to"', 'Initial reports said the gunmen fired from a rooftop in the town, 30 miles west of the capital.', 'The army statement said the gunmen appeared to have fired from a rooftop in the town, 30 miles west of the capital.', 'modality'],
    ['"presumably" / "apparently", the verbs reworded', 'When the moths were kept in constant light, they flew towards the lamp, presumably because they no longer had any sense of time.', 'And when moths were kept in constant light, they flew towards the lamp, apparently having lost their sense of time.', 'modality'],
    ['a comparison of chances, no hedge', 'Overall, patients are most likely to be treated by a nurse with ten years of experience and a growing caseload, the survey shows.', 'The typical patient is treated by a nurse with ten years of experience and a growing caseload, the survey shows.', 'modality'],
    ['"expected to" / "could"', 'No drug is ever expected to replace helmets and other mechanical head protection.', 'Nobody is saying such a drug could replace helmets and other mechanical head protection.', 'modality'],
  ]);
});
