/**
 * The lexicons in `data/lexicon/`, read once on first use. This file sits one folder below the
 * package root both in `src/` and in `dist/`, so the relative path holds for both.
 */
import { readFileSync } from 'node:fs';

function load<T>(name: string): T {
  const url = new URL(`../data/lexicon/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export interface AgencyLexicon {
  readonly agencies: Readonly<Record<string, readonly string[]>>;
  readonly photoOnly: readonly string[];
}
export interface CueLexicon {
  readonly verbs: readonly string[];
  readonly mined: readonly string[];
  readonly addressees: readonly string[];
  readonly contentNouns: readonly string[];
}
export interface TitleLexicon {
  readonly titles: readonly string[];
  readonly orgHeads: readonly string[];
}
export interface ModalityLexicon {
  readonly hedged: readonly string[];
  readonly reported: readonly string[];
  readonly future: readonly string[];
  readonly negation: readonly string[];
}
export interface AliasLexicon {
  readonly entities: Readonly<Record<string, readonly string[]>>;
  readonly demonyms: Readonly<Record<string, string>>;
  readonly capitals: Readonly<Record<string, string>>;
}
export interface BoilerplateLexicon {
  readonly endMarkers: readonly string[];
  readonly lines: readonly string[];
  readonly patterns: readonly string[];
}

export interface MediaLexicon {
  readonly media: readonly string[];
  readonly mediaNouns: readonly string[];
  readonly social: readonly string[];
}

export const mediaLexicon = lazy(() => load<MediaLexicon>('media'));
export const agencyLexicon = lazy(() => load<AgencyLexicon>('agencies'));
export const cueLexicon = lazy(() => load<CueLexicon>('cues'));
export const titleLexicon = lazy(() => load<TitleLexicon>('titles'));
export const modalityLexicon = lazy(() => load<ModalityLexicon>('modality'));
export const aliasLexicon = lazy(() => load<AliasLexicon>('aliases'));
export const boilerplateLexicon = lazy(() => load<BoilerplateLexicon>('boilerplate'));

/** Agency surface form → canonical name, longest forms first. */
export const agencyForms = lazy(() => {
  const forms: Array<[string, string]> = [];
  for (const [name, list] of Object.entries(agencyLexicon().agencies)) {
    for (const form of list) forms.push([form, name]);
  }
  return forms.sort((x, y) => y[0].length - x[0].length);
});

/** Agency surface form → canonical name (the first listed form wins, as in `agencyForms`). */
export const agencyByForm = lazy(() => {
  const byForm = new Map<string, string>();
  for (const [form, name] of agencyForms()) if (!byForm.has(form)) byForm.set(form, name);
  return byForm as ReadonlyMap<string, string>;
});

/** Lower-cased alias → canonical entity name (countries, organisations). */
export const aliasIndex = lazy(() => {
  const index = new Map<string, string>();
  const lex = aliasLexicon();
  for (const [name, list] of Object.entries(lex.entities)) {
    index.set(name.toLowerCase(), name);
    for (const alias of list) index.set(alias.toLowerCase(), name);
  }
  return index;
});
