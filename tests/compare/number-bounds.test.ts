/**
 * The number rule on bounds: two bounds of opposite sorts with different figures ("as many as 44" /
 * "at least 29") are two figures, and a figure of the quantity's own unit plays its role before a
 * bare figure of the other sentence ("at least 29 people, including seven"); "50 or above" is a lower
 * bound; a figure both sides write ("90 degrees") is matched to its twin, not to a changed one.
 */
import { flaggedCases, silentCases, type Case } from './cases.js';


const flagged: Case[] = [
  ['an upper bound against a lower bound', 'The storm destroyed the harbour, which killed as many as 44 people, including seven tourists.', 'The storm destroyed the harbour that killed at least 29 people, including seven tourists.'],
  ['two lower bounds', 'Fires were raging in at least 15 places across the county, officials said.', 'Fires were raging in at least 10 places across the county, officials said.'],
  ['"or greater" read as a lower bound', 'The share of adults with an index of 50 or above doubled over the decade, the survey found.', 'The share of adults with an index of 93 or greater doubled over the decade, the survey found.'],
  ['a figure beside one both sides write', 'The high on Saturday is expected to be about 199 degrees, and it will drop to 90 degrees on Sunday.', 'The high on Saturday will be about 92 degrees and will drop to 90 degrees on Sunday.'],
  ['a lower bound against a smaller exact figure', 'The flooding killed at least 40 people in the valley, the army said.', 'The flooding killed 30 people in the valley, the army said.'],
];

flaggedCases('different figures stated as bounds are flagged', 'number', flagged);

const silent: Case[] = [
  ['one bound written two ways', 'The storm killed as many as 44 people, including seven tourists.', 'The storm killed up to 44 people, including seven tourists.'],
  ['a bound and an exact figure it allows', 'The flooding killed at least 40 people in the valley, the army said.', 'The flooding killed 40 people in the valley, the army said.'],
  ['"or more" and "at least" for one figure', 'Residents aged 65 or older with 3 or more conditions were tested first.', 'Residents aged 65 or older with at least 3 conditions were tested first.'],
  ['two bounds a rounding apart', 'The fire burned at least 1,000 acres near the town.', 'The fire burned at least 1,020 acres near the town.'],
];

silentCases('the same figure as a bound stays silent', 'number', silent);
