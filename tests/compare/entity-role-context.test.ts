/**
 * The entity rule on names that stand in different roles, read from the words around them: a news
 * medium the words were told to, a sum of money in a currency's letters, a pronoun where the other
 * outlet names the person, a given name cut from a full name the other outlet writes, a body the
 * extraction read as a person, an adjective or a name cut from a longer name, a person by courtesy
 * title against a place, a continent's demonym against a country's, a qualified town against a
 * country, "including" or "near" against "in", "on" a name that is no place, a named ship against a
 * place, where words were told, and two short quotations. Each wrong flag now silent is paired with
 * a real change of the same shape that is still flagged. Made-up sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';

describe('entity: names in different roles are not flagged either way', () => {
  silentBothWays([
    [
      'a news medium told the words against the speaker’s employer (a quotation cut from its opening mark)',
      '"That is the highest growth rate we have seen in over 20 years," said Harold Finch, Intel\'s chief financial officer.',
      'That is the highest growth rate we have seen in over 20 years," CFO Harold Finch told the Associated Press.',
      'entity',
    ],
    [
      'a news medium told the words against the speaker',
      'The growers are working with the regulator "to get firm answers and not just rumours," he told Reuters Health.',
      'Growers are working with the regulator and universities "to get some firm answers and not just rumours," Pruitt said.',
      'entity',
    ],
    [
      'a sum in a currency’s letters is no name',
      'Corvana, the second-largest freight firm in the region, last week offered NZ80 a share for Harbour Rail.',
      'Corvana last week offered to buy the company for NZ80c a share, or $NZ160 million.',
      'entity',
    ],
    [
      'a pronoun where the other outlet names the person',
      'Mr. Finch has credited the pastor with helping to shape the plan to fund night schools.',
      'He has credited Dr. Pruitt with helping to shape the plan to fund night schools.',
      'entity',
    ],
    [
      'a person by courtesy title against a place modifying a noun',
      'Mr. Finch has credited the Chicago pastor with helping to shape the plan to fund night schools.',
      'He has credited Dr. Pruitt with helping to shape the plan to fund night schools.',
      'entity',
    ],
    [
      'a given name cut from a full name the other outlet writes by surname',
      '"Our rules are well known, and I am not aware of any change in them" on Iran, Finch said.',
      '"Our rules are well known and I am not aware of any change," Secretary of State Harold Finch said Tuesday.',
      'entity',
    ],
    [
      'an adjective cut from a court’s name is no name',
      'The driver filed the lawsuit on Monday in Federal District Court for the Northern District of Ohio.',
      'The lawsuit was filed on Monday at the US District Court for the Northern District of Ohio.',
      'entity',
    ],
    [
      'a body read as a person',
      'He will present his plans to the state Legislature in January.',
      'The governor will present his budget plans to the General Assembly in January.',
      'entity',
    ],
    [
      'a name cut from a body’s name against a place owning the body',
      'The Valley Forge Council is not the first one to defy the national board.',
      "Toledo's council is not the first to defy the national board.",
      'entity',
    ],
    [
      'a continent’s demonym against a country’s',
      'Police arrested 12 people in connection with the death of an African boy found in the river.',
      'Police have arrested 12 people in connection with the death of a young Nigerian boy found in the river.',
      'entity',
    ],
    [
      'a town with its state against the country',
      'The men said they paid to be smuggled into Blaine, Wash., from Canada last month.',
      'The men said they paid to be smuggled into the United States from Canada last month.',
      'entity',
    ],
    [
      '"including" one of several against the place of the event',
      'Some 600 prisoners from 40 countries, including Canada, are held there, many captured during the war.',
      'Some 600 prisoners from 40 countries are held at the naval base at Guantanamo Bay, many captured during the war.',
      'entity',
    ],
    [
      '"near" a landmark against "in" the region',
      'The utility said its reactor, the No. 3 unit near Sendai, shut down automatically after the quake.',
      'The utility said its reactor, the No. 3 unit in northern Japan, shut down automatically after the quake.',
      'entity',
    ],
    [
      '"on" a market against "in" a city',
      'Corvana shares were gaining 9 percent to $31.90 in after-hours trading on Instinet.',
      'Corvana shares rose 9 percent to $31.90 in after-hours trading in New York.',
      'entity',
    ],
    [
      'a ship named by its noun against a sea',
      'Admiral Finch heads a joint task force based on a ship in the Gulf of Aden and the Indian Ocean.',
      'Admiral Finch heads a joint task force aboard the command ship Mount Vernon.',
      'entity',
    ],
    [
      'where the words were told against a place in the words',
      '"That is one reason why I am running to be governor," he told a rally in New Hampshire.',
      '"That is one reason why I am running to be governor of the United States."',
      'entity',
    ],
    [
      'two short quotations, a cry and its translation',
      'As the judge read the charges, he turned to his lawyers and shouted "God is Great" three times.',
      'As the judge read the charges, he turned to his lawyers and shouted "Takbir!" three times.',
      'entity',
    ],
  ] satisfies TypedCase[]);
});

describe('entity: a name put in another’s place in the same shape is still flagged both ways', () => {
  flaggedBothWays([
    [
      'a person named in place of the speaker’s employer',
      '"That is the fastest growth we have seen in a decade," said Harold Finch, Corvana\'s finance chief.',
      '"That is the fastest growth we have seen in a decade," said Harold Finch, Meridex\'s finance chief.',
      'entity',
    ],
    [
      'another person where the other outlet names one, no pronoun in the slot',
      'Mr. Finch has credited Dr. Pruitt with helping to shape the plan to fund night schools.',
      'Mr. Finch has credited Dr. Okafor with helping to shape the plan to fund night schools.',
      'entity',
    ],
    [
      'one place in a list replaced',
      'The agency closed offices in Boston, Chicago, Cleveland and Columbus.',
      'The agency closed offices in Boston, Chicago, Valparaiso and Columbus.',
      'entity',
    ],
    [
      'another place after the same preposition',
      'The utility said its reactor, the No. 3 unit near Sendai, shut down automatically after the quake.',
      'The utility said its reactor, the No. 3 unit near Osaka, shut down automatically after the quake.',
      'entity',
    ],
    [
      'another city after "on" and "in" where both are places',
      'Federal agents raided a warehouse on Long Island late on Thursday.',
      'Federal agents raided a warehouse in Marseille late on Thursday.',
      'entity',
    ],
    [
      'another town with its state',
      'The men said they paid to be smuggled into Blaine, Wash., from Canada last month.',
      'The men said they paid to be smuggled into Blaine, Wash., from Mexico last month.',
      'entity',
    ],
    [
      'another place where the words were told',
      '"That is one reason why I am running," he told a rally in New Hampshire.',
      '"That is one reason why I am running," he told a rally in Nairobi.',
      'entity',
    ],
  ] satisfies TypedCase[]);
});

describe('entity: aliases and demonyms resolve, another country or people is still flagged both ways', () => {
  flaggedBothWays([
    [
      'another country named where one had its former name',
      "Myanmar's opposition leader will be kept under house arrest after her release from hospital, her doctor said.",
      "Thailand's opposition leader will be kept under house arrest after her release from hospital, her doctor said.",
      'entity',
    ],
    [
      'another people against a plural demonym',
      'The defendant said Americans and their allies had evil plans to take over the region.',
      'The defendant said Germans and their allies had evil plans to take over the region.',
      'entity',
    ],
  ] satisfies TypedCase[]);
});
