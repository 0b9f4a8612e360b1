/**
 * Where indirect content after its cue ends. Reported content runs to the end of its clause: the
 * sentence end, a trailing frame (", according to X", ", he said"), a participial phrase
 * (", saying …"), a concessive clause (", while …", ", although …"), a semicolon, a quotation
 * opening after a full stop (a sentence end the splitter missed), a coordinated clause with its own
 * subject (", and Y was …", "… and he pledged …"), a clause with a pronoun subject after a comma
 * (", it lists …"), a coordinated reporting verb ("… and said …", "… and has said …") or
 * participle ("… and vowing …"); inside a fronted subordinate clause ("When X said Y, …") the
 * content ends at that clause's comma. A dash before "but" (" -- but …") and a relative clause on
 * a comma and "which" (", which …") end it (on the PolNeAR training split gold indirect content
 * stops before ", which" 109 times and runs past it 85 times; a dash and "but": 18 against 8); a
 * relative clause on a person, ", who …", stays in (46 stops against 99 run-ons: PolNeAR keeps it).
 * A cue inside a relative clause (", who … declined ⟦…⟧, returned …") ends at the comma before the
 * main verb, and a listed reporting verb after a comma (", called …") starts the subject's next act.
 * After the nominal object of a cue that takes no clause (`nominal`: "wants ⟦the votes⟧ and X
 * wants …") "and" + a subject + a finite verb opens the writer's next clause even before any
 * finite verb in the content; after a clause-taking cue it joins a coordinated subject.
 * The object of a cue that is no speech verb ends with its noun phrase or a time adjunct after it
 * (nounPhraseEnd), and an infinitive object before an adverbial clause with its own subject
 * ("voted ⟦to ban X⟧ as Congress …").
 */
import { firstTermAt, hasTag, type Term } from '../01-parse.js';
import { TIME_WORD, type SentenceContext } from './context.js';
import { cueLemma, isListedCue } from './cues.js';

/** A sentence end followed by an opening quotation mark that the sentence splitter did not split at. */
const QUOTE_AFTER_SENTENCE = /[.!?]\s+(?:''|["“])/u;
const TRAILING_FRAME = /,\s*(according to|said|says|added|adds|he said|she said)\b|,\s+(?:and|but)\s+(?=\p{Lu}\p{Ll}+\s+(?:has|have|had|was|were|is|are|will|would|did|does|\p{Ll}+ed)\b)|,\s+(?:and|but)\s+(?=(?:he|she|they)\s+(?:also\s+)?(?:\p{Ll}+ed|has|had|was|is|said|says)\b)|;\s|\s(?:--?|—|–)\s*but\s|,\s+which\s|,[”"’]?\s+(?!including\b|according\b)\p{Ll}+ing[\s,]/u;
/** A pronoun subject and a finite verb after a comma (", it lists …", ", they have …"). */
const PRONOUN_CLAUSE = /,\s+(?:he|she|it|they|we)\s+(?:also\s+)?(?:\p{Ll}+(?:ed|s)|has|have|had|is|are|was|were|will|would|could|can|did|does)\b/u;
/** A concessive or contrasting clause after a comma. */
const CONCESSIVE = /,\s+(?:while|whereas|although|though)\s/u;
/** A relative pronoun after a comma as the speaker: the cue is inside a relative clause. */
const RELATIVE_SPEAKER = /^,\s*(?:who|which)\b/iu;
/** Words that open a clause inside an object ("… that X and Y had …", "… who X and Y …"). */
const CLAUSE_OPENER = /^(?:that|who|whom|whose|what|which|how|whether|if|when|where|why)$/u;
/** Conjunctions that open a fronted subordinate clause. */
const SUBORDINATE = /^[\s"“'‘(]*(?:\p{L}+,?\s+){0,2}?(?:when|if|because|after|before|since|although|though|while|as|once|until|unless|whether)\s/iu;

/**
 * The end of the indirect content that starts at `start`, for a speaker starting at `speakerStart`;
 * `nominal` when the cue takes a noun-phrase object, not a clause (speaker-first.ts).
 */
export function indirectContentEnd(ctx: SentenceContext, start: number, speakerStart: number, nominal = false): number {
  const { text, terms, ss, se } = ctx;
  let end = se;
  const trailing = TRAILING_FRAME.exec(text.slice(start, se));
  if (trailing) end = start + trailing.index;
  // A concessive or contrasting clause after a comma (", while …", ", although …") is the writer's.
  const contrast = CONCESSIVE.exec(text.slice(start, end));
  if (contrast) end = start + contrast.index;
  const quoted = QUOTE_AFTER_SENTENCE.exec(text.slice(start, end));
  if (quoted) end = start + quoted.index + 1;
  // (The clause closes at its comma: a speaker after it, "As X spoke, Y noted that …", is the main clause's.)
  if (speakerStart >= ss && SUBORDINATE.test(text.slice(ss, speakerStart + 1)) && !/,\s/u.test(text.slice(ss, speakerStart))) {
    const comma = text.indexOf(', ', start);
    if (comma >= 0 && comma < end) end = comma;
  }
  // ", it lists …": a clause with a pronoun subject after a comma, when the content already is a
  // clause that opened with no subordinating conjunction, is the writer's next statement.
  const splice = PRONOUN_CLAUSE.exec(text.slice(start, end));
  if (splice && !SUBORDINATE.test(text.slice(start, start + splice.index)) && terms.some((t) => t.start > start && t.end <= start + splice.index && isFinite(t) && !ctx.inQuote(t.start))) end = start + splice.index;
  // "… and said …": a second finite verb coordinated with the cue, outside quotation marks.
  // The first term after the content's first character.
  const lo = firstTermAt(terms, start + 1);
  // A cue inside a relative clause ("X, who has voiced ⟦…⟧, told …"): the clause, and the content,
  // end at the comma before the main clause's verb.
  if (speakerStart >= ss && RELATIVE_SPEAKER.test(text.slice(Math.max(ss, speakerStart - 2), speakerStart + 6))) {
    for (let i = lo; i < terms.length && terms[i]!.start < end; i++) {
      const next = terms[i + 1];
      if (next && next.start < end && /,\s*$/u.test(terms[i]!.post) && !ctx.inQuote(terms[i]!.end) && isFinite(next)) {
        end = terms[i]!.end;
        break;
      }
    }
  }
  // Whether the content has a finite verb before the current term: until it has, an "and" joins
  // parts of its subject ("said ⟦she and her husband had opted …⟧"), not two clauses.
  let hasVerb = terms[lo - 1] !== undefined && terms[lo - 1]!.start >= start && isFinite(terms[lo - 1]!);
  for (let i = lo; i < terms.length && terms[i]!.start < end; i++) {
    const t = terms[i]!;
    // "…, called her “…” and boycotted …": a reporting verb after a comma is the next item of a list of the subject's acts.
    if (i > lo && /,\s*$/u.test(terms[i - 1]!.post) && !ctx.inQuote(t.start) && isFinite(t) && hasTag(t, 'PastTense') && isListedCue(t.normal)) {
      end = terms[i - 1]!.end;
      break;
    }
    if ((t.normal !== 'and' && t.normal !== 'but') || ctx.inQuote(t.start)) {
      if (isFinite(t)) hasVerb = true;
      // A clause opened inside a nominal object ("wanted ⟦to know who X and Y had …⟧") has its own subject.
      if (CLAUSE_OPENER.test(t.normal)) nominal = false;
      continue;
    }
    if (coordinatedClause(ctx, i, hasVerb || nominal)) {
      end = t.start;
      break;
    }
  }
  return end;
}

/**
 * True when the "and"/"but" at term `i` opens what is no longer the reported content: a reporting
 * verb coordinated with the cue ("… and added …"), a participle ("… and vowing to …"), or a clause
 * with its own subject ("… and about the same numbers would rather …", "… and he pledged …").
 * A plain verb coordinated inside the content ("said the plan is cruel and costs too much") stays,
 * and so does a subject coordinated before the content's first finite verb (`afterVerb` false:
 * "said she and her husband had …").
 */
function coordinatedClause(ctx: SentenceContext, i: number, afterVerb: boolean): boolean {
  const { terms } = ctx;
  const next = terms[i + 1];
  const verb = next && /^(?:also|then|later|again)$/u.test(next.normal) ? terms[i + 2] : next;
  if (!verb || ctx.inQuote(verb.start)) return false;
  if (isFinite(verb) && cueLemma(verb.normal) !== undefined) return true;
  // "… and has said …", "… and have been calling for …": a reporting verb after auxiliaries.
  if (AUXILIARY.test(verb.normal)) {
    let k = (verb === next ? i + 1 : i + 2) + 1;
    while (k < terms.length && k <= i + 5 && (AUXILIARY.test(terms[k]!.normal) || hasTag(terms[k]!, 'Adverb', 'Negative'))) k++;
    const main = terms[k];
    if (main && !ctx.inQuote(main.start) && hasTag(main, 'Verb') && !hasTag(main, 'Noun', 'Adjective') && isListedCue(main.normal)) return true;
  }
  if (hasTag(verb, 'Gerund') && !hasTag(verb, 'Noun') && /ing$/u.test(verb.normal) && terms[i + 2] !== undefined) return true;
  // A subject of up to four words, then a finite verb; an impersonal subject ("and it was
  // “absurd” to think …", "and there is …") usually goes on with the reported content.
  if (!afterVerb || !hasTag(verb, 'Noun', 'Determiner', 'Pronoun', 'Value', 'Adjective') || hasTag(verb, 'Verb') || /^(?:it|there|this|that)$/u.test(verb.normal)) return false;
  for (let k = i + 2; k < terms.length && k <= i + 5; k++) {
    const t = terms[k]!;
    if (/[,;:]/u.test(terms[k - 1]!.post) && k - 1 !== i + 1) return false;
    if (isFinite(t)) return true;
    if (!hasTag(t, 'Noun', 'Determiner', 'Adjective', 'Value', 'Possessive', 'Adverb') || hasTag(t, 'Verb')) return false;
  }
  return false;
}

/** Auxiliaries between "and" and a coordinated verb ("and has said", "and will be calling"). */
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|be|been|being)$/u;

/** A finite verb: present or past tense, a modal or a copula, not a participle, gerund or noun. */
function isFinite(t: Term): boolean {
  return hasTag(t, 'PresentTense', 'PastTense', 'Modal', 'Copula') && !hasTag(t, 'Gerund', 'Participle', 'Infinitive', 'Adjective', 'Noun');
}

/**
 * Where a noun-phrase object ends ("opposed ⟦the plan⟧ because …", "endorsed ⟦X⟧, represents …",
 * "attacking ⟦X⟧ and visiting …"): PolNeAR's content for a cue with a nominal object is the noun
 * phrase, not the rest of the clause. The object runs from `start` to the first comma, dash,
 * parenthesis, relative pronoun, subordinating conjunction or preposition that opens an adjunct
 * (OBJECT_END), or "and" before a verb; "as" and "with" stay in ("described it as …"), and so does
 * content with a quotation in it (mixed content runs to the clause end). When a finite verb precedes that point the content is a
 * clause ("said ⟦the plan was dead⟧"), and `end` is kept, unless the object is `nominal` (the
 * object of a preposition: "his support for ⟦the plan⟧ surprised …"), which ends before that verb.
 */
const OBJECT_END = /^(?:after|before|because|since|while|when|whenever|if|until|during|despite|amid|following|without|although|though|whereas|where|so|but)$/u;
export function nounPhraseEnd(ctx: SentenceContext, start: number, end: number, nominal = false): number {
  const { terms } = ctx;
  let i = firstTermAt(terms, start);
  const first = terms[i];
  if (!first || first.start >= end) return end;
  // An infinitive ends before a subordinate clause with its own subject ("voted ⟦to ban cloning⟧ as
  // Congress grappled with …").
  if (first.normal === 'to') {
    for (let k = i + 1; k < terms.length && terms[k]!.start < end; k++) {
      if (!ctx.inQuote(terms[k]!.start) && SUBORDINATOR.test(terms[k]!.normal) && clauseFollows(terms, k)) return terms[k]!.start;
    }
    return end;
  }
  // Questions and conditionals are clauses; a quotation opening the content is kept whole.
  if (/^(?:how|what|why|whether|if|who|whom|which|when|where)$/u.test(first.normal)) return end;
  // Content with a quotation in it is mixed content, which PolNeAR runs to the clause end.
  if (ctx.quotes.some((q) => q.outer[0] >= start && q.outer[0] < end)) return end;
  for (; i < terms.length && terms[i]!.start < end; i++) {
    const t = terms[i]!;
    if (ctx.inQuote(t.start)) continue;
    if (t.start > start && isFinite(t)) return nominal ? t.start : end;
    const stop = t.start > start && (OBJECT_END.test(t.normal) || (t.normal === 'as' && clauseFollows(terms, i)) || (t.normal === 'and' && terms[i + 1] !== undefined && hasTag(terms[i + 1]!, 'Verb', 'Gerund') && !hasTag(terms[i + 1]!, 'Noun', 'Adjective')));
    if (stop || (t.start > start && timeAdjunctAt(terms, i))) return t.start;
    // A comma, semicolon, dash or parenthesis after the term ends the object.
    if (/[,;(]|\s[-—–]+\s|—|–/u.test(t.post) && terms[i + 1] && terms[i + 1]!.start < end) return t.end;
  }
  return end;
}

/** Conjunctions that open an adverbial clause after an infinitive's object. */
const SUBORDINATOR = /^(?:as|after|before|because|since|while|when|whenever|if|until|although|though|whereas|so)$/u;

/**
 * True when the conjunction at term `i` opens a clause: a subject of up to four words (a pronoun,
 * name or noun phrase), then a finite verb ("as he accepts …", "as Congress grappled …").
 */
function clauseFollows(terms: readonly Term[], i: number): boolean {
  const subject = terms[i + 1];
  if (!subject || !hasTag(subject, 'Noun', 'Pronoun', 'ProperNoun', 'Determiner') || hasTag(subject, 'Verb') || /^(?:it|there|this|that|much|many|well|soon|far|long)$/u.test(subject.normal)) return false;
  for (let k = i + 2; k < terms.length && k <= i + 5; k++) {
    const t = terms[k]!;
    if (/[,;:]/u.test(terms[k - 1]!.post)) return false;
    if (isFinite(t)) return true;
    if (!hasTag(t, 'Noun', 'Determiner', 'Adjective', 'Value', 'Possessive', 'ProperNoun') || hasTag(t, 'Verb')) return false;
  }
  return false;
}

/**
 * True when term `i` opens a time adjunct after an object ("endorsed X ⟨last week⟩", "⟨on Tuesday⟩",
 * "⟨in early June⟩"): "last/this/next/earlier" + a time word, "yesterday",
 * "today", or a preposition ("in", "on", "at", "during", "since", "until") before a time word
 * (skipping "early", "late", "mid", "the" and one more word).
 */
function timeAdjunctAt(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (/^(?:yesterday|today|tonight|recently)$/u.test(t.normal)) return true;
  const opener = /^(?:last|this|next|earlier|later)$/u.test(t.normal) ? 1 : /^(?:in|on|at|during|since|until|by)$/u.test(t.normal) ? 2 : 0;
  if (!opener) return false;
  for (let k = i + 1; k < terms.length && k <= i + opener + 1; k++) {
    if (TIME_WORD.test(terms[k]!.normal)) return true;
    if (!/^(?:early|late|mid|the|this|last|next|that|earlier|later)$/u.test(terms[k]!.normal)) return false;
  }
  return false;
}

