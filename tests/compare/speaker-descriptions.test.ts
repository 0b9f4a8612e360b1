/**
 * The speaker rule on one speaker named one way and described or named another way: a title or a
 * party member read as a name ("the Prime Minister", "the Ohio Democrat"), a lone given name against
 * a lone surname, one name misspelt, a body whose first word the other sentence writes before a
 * person's role, a person given a party or employer by a possessive, a body against a person with a
 * role beside the name, and words in the first person stated without quotation marks. Each wrong flag
 * now silent is paired with a real change of the same shape that is still flagged. Made-up sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';

describe('speaker: one speaker named and described, or named two ways, is not flagged either way', () => {
  silentBothWays([
    [
      'a party member read as a name',
      '"By its actions, the council threatens to give a bad name to a just cause," Finch said.',
      '"By its actions, the council threatens to give a bad name to a just cause," the Ohio Democrat told a news conference.',
      'speaker',
    ],
    [
      'a title read as a name',
      'Mr Finch admitted in a newspaper article that his critics were "rubbing their hands at the chance".',
      'The Prime Minister today admitted that critics are "rubbing their hands at the chance".',
      'speaker',
    ],
    [
      'a given name after a title against the surname',
      'Mr. Finch has also told his officers that the reports show more smugglers in the port than thought.',
      'Sir Harold has also told his officers that the reports show more smugglers in the port than thought.',
      'speaker',
    ],
    [
      'one name misspelt',
      'Corvana Airlines plans to offer e-mail on all its domestic flights by the end of the year.',
      'Corvana Airways plans to offer e-mail on all domestic flights by the end of the year.',
      'speaker',
    ],
    [
      'a body against its chief executive named with its first word',
      'Meridex CEO Harold Finch condemned the decision, calling the ruling an "outrageous act".',
      'Meanwhile, Meridex Semiconductors voiced strong criticism, calling the decision an "outrageous act".',
      'speaker',
    ],
    [
      'a person with a party before the name against politicians of a group',
      'Labor\'s Gloria Pruitt said it was a "major failure of coastal patrols".',
      'Opposition politicians have described it as a "major failure in coastal patrols".',
      'speaker',
    ],
    [
      'a body against a person with a role beside the name',
      '"We feel it necessary to make these changes because the service is being misused," Microsoft told the BBC.',
      '"We felt it necessary to make these changes because the service is being misused," said Gloria Pruitt, director at MSN UK.',
      'speaker',
    ],
    [
      'words in the first person are no outlet’s own voice',
      'Today, we keep the tools that let small carriers compete in the local market.',
      '"We keep the tools that let small carriers compete," Finch said.',
      'speaker',
    ],
  ] satisfies TypedCase[]);
});

describe('speaker: another speaker in the same shape is still flagged both ways', () => {
  flaggedBothWays([
    [
      'a named speaker against another named speaker after "the"',
      '"By its actions, the council threatens to give a bad name to a just cause," Harold Finch said.',
      '"By its actions, the council threatens to give a bad name to a just cause," the spokesman Samuel Okafor told a news conference.',
      'speaker',
    ],
    [
      'a name after a lower-case role against another name',
      'The harbour will close on Monday for repairs, the spokesman, Harold Finch, said.',
      'The harbour will close on Monday for repairs, Gloria Pruitt said.',
      'speaker',
    ],
    [
      'two full names, one a given name like the other’s',
      'Harold Finch has also told his officers that the reports show more smugglers in the port than thought.',
      'Gloria Pruitt has also told his officers that the reports show more smugglers in the port than thought.',
      'speaker',
    ],
    [
      'a body against a person of another body, no role beside the name',
      'Meridex Semiconductors condemned the decision, calling the ruling an "outrageous act".',
      'Meanwhile, Harold Finch condemned the decision, calling the ruling an "outrageous act".',
      'speaker',
    ],
    [
      'a body against a person the other sentence gives no role',
      '"We feel it necessary to make these changes because the service is being misused," Microsoft told the BBC.',
      '"We felt it necessary to make these changes because the service is being misused," said Gloria Pruitt.',
      'speaker',
    ],
  ] satisfies TypedCase[]);
});
