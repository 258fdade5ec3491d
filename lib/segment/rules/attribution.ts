// The shapes of an attribution's subject and of the words around its verb, as regex sources shared by the frame
// finder (frames.ts) and the clause splitter (clauses.ts). A subject is a pronoun, a capitalised name of 1-5 words
// (`Wang`, `Zhao Lijian`, `the White House`, `State Councilor Wang Yi`), or a role phrase (`the spokesperson`,
// `a Chinese foreign ministry spokesman`, `China's foreign ministry`).
import { INVERTIBLE_VERBS, REPORTING_VERBS, toAlternation } from './reporting-verbs.ts';

/** A capitalised word; inner periods (`U.S`) are part of it, a final one only mid-sentence (`U.S. said`, `Z. said`),
// so `said Wang Wenbin.` stops before the sentence's own period. */
export const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’-]*(?:\.\p{L}[\p{L}\p{M}\p{N}'’-]*)*(?:\.(?=\s+\p{Ll}))?`;
// Capitalised words that open a sentence or clause and are not a name by themselves (`But Wang said`, `The comments`).
const NOT_NAME = String.raw`(?:The|A|An|But|And|Yet|So|Or|In|On|At|As|Also|However|Then|Meanwhile|Later|Earlier|Still|When|While|After|Before|If|Asked|Speaking|Responding|According|Though|Although|Because|Since|This|That|These|Those|There|What|Why|How|Where|Who|Which|Today|Yesterday|Now|Here|Instead|Moreover|Furthermore|Nevertheless|Thus|Hence|Finally|Again|Once|Separately|Similarly|Likewise|Indeed|Notably)(?![\p{L}\p{N}])`;
/** A capitalised name of 1-5 words, small connectors allowed inside (`Ministry of Foreign Affairs`). */
export const NAME = String.raw`(?!${NOT_NAME})${CAP_WORD}(?:\s+(?:(?:of|for|and|the|de|van|von|al)\s+){0,2}${CAP_WORD}){0,4}`;

const ROLE = String.raw`(?:side|spokesperson|spokesman|spokeswoman|spokespeople|spokespersons|minister|ministry|official|officials|ambassador|envoy|embassy|department|government|diplomat|diplomats|statement|report|document|agency|office|president|secretary|adviser|advisor|aide|aides|negotiator|governor|senator|lawmaker|lawmakers|mayor|chairman|chairwoman|coordinator|source|sources|authorities|leader|leaders|analyst|analysts|expert|experts|observer|observers|commentator|representative|chief|head|director|premier|chancellor|council|committee|commission|military|army|police|court|company|firm|group|newspaper|paper|article|editorial|website|release|communique|communiqué)`;
// Titles a person's name may follow without an article (`press secretary Jen Psaki`, `National Security Adviser
// Jake Sullivan`), in either case.
const PERSON_TITLES = ['spokesperson', 'spokesman', 'spokeswoman', 'minister', 'ambassador', 'envoy', 'diplomat', 'president', 'secretary', 'adviser', 'advisor', 'aide', 'negotiator', 'governor', 'senator', 'lawmaker', 'mayor', 'chairman', 'chairwoman', 'coordinator', 'director', 'premier', 'chancellor', 'representative', 'chief', 'official', 'analyst', 'expert'];
const PERSON_TITLE = String.raw`(?:${PERSON_TITLES.map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1)}`).join('|')})`;
// Modifiers between the article and the role noun (`the Chinese foreign ministry spokesperson`): not function words,
// so `the end of the spokesperson` does not read as one subject.
const MODIFIER = String.raw`(?!(?:the|a|an|of|and|or|that|to|in|on|for|with|by|at|from|as|is|was|are|were|has|have|had|said|says|who|which)(?![\p{L}\p{N}]))[\p{L}\p{M}'’-]+`;
const DETERMINER = String.raw`(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|${CAP_WORD}['’]s)`;
// What a role is for or of: `the adviser for cyber and emerging technologies`, `the minister of foreign affairs`.
const ROLE_SCOPE = String.raw`(?:\s+(?:for|of|on)\s+(?:(?:and|the)\s+|${MODIFIER}\s+){0,4}?${MODIFIER})`;
/** `the spokesperson`, `a Chinese foreign ministry spokesman`, `China's foreign ministry`, with an optional name after. */
export const ROLE_PHRASE = String.raw`${DETERMINER}\s+(?:${MODIFIER}\s+){0,4}?${ROLE}${ROLE_SCOPE}?(?:\s+${NAME})?(?![\p{L}\p{N}])`;
/** A name after its title, with no article: `White House press secretary Jen Psaki`, `Foreign Ministry spokesperson Zhao Lijian`. */
const TITLED_NAME = String.raw`(?:${MODIFIER}\s+){0,4}?${PERSON_TITLE}${ROLE_SCOPE}?\s+${NAME}(?![\p{L}\p{N}])`;
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?![\p{L}\p{N}])`;
/** Any subject of an attribution. */
export const SUBJECT = String.raw`(?:${PRONOUN}|${ROLE_PHRASE}|${TITLED_NAME}|(?:[Tt]he\s+)?${NAME})`;
/** Adverbs allowed between subject and verb: `He also said`, `Wang further stressed`. */
export const ADVERB = String.raw`(?:also|further|then|again|later|once\s+again|repeatedly|previously|earlier|recently|firmly|specifically)`;
/** The reporting verbs as an alternation, longest first. */
export const VERB = toAlternation(REPORTING_VERBS);
/** The verbs that may precede their subject. */
export const INVERTIBLE_VERB = toAlternation(INVERTIBLE_VERBS);
/** The subject after an inverted verb: `said he`, `said the spokesperson`, `said Wang`. */
export const INVERTED_SUBJECT = String.raw`(?:(?:he|she|they)(?![\p{L}\p{N}])|${ROLE_PHRASE}|${NAME})`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** Where and when, after the verb: `on Thursday`, `Thursday`, `in a statement`, `at a regular press briefing`, `during Thursday's briefing`, `in Beijing`. */
export const TAIL = String.raw`(?:\s+(?:(?:on\s+)?${WEEKDAY}(?!['’])|in\s+(?:a|an|the)\s+(?:statement|briefing|speech|interview|post|tweet)|(?:at|during)\s+(?:(?:a|the)\s+|${WEEKDAY}['’]s\s+)(?:(?:daily|regular|routine|weekly|regular\s+daily)\s+)?(?:(?:press|news)\s+)?(?:conference|briefing)|in\s+${CAP_WORD}|on\s+Twitter|at\s+the\s+time|later|earlier|today|yesterday)(?![\p{L}\p{N}])){0,3}`;

/** Finds reporting verbs: ASCII words, so a non-Unicode regex with `\b` scans a 20 MB text in a few milliseconds. */
export const createVerbAnchor = (): RegExp => new RegExp(String.raw`\b(?:${VERB})\b`, 'g');

// A subject and a reporting verb starting at a position (the comma-before-attribution cut of clauses.ts), or an
// inverted `said the spokesperson`.
const STARTS_ATTRIBUTION = new RegExp(
  String.raw`(?:${SUBJECT})\s+(?:${ADVERB}\s+)?(?:${VERB})(?![\p{L}\p{N}])|(?:${INVERTIBLE_VERB})\s+${INVERTED_SUBJECT}`,
  'uy',
);
// A reporting verb (with its tail), or an inverted verb and subject, just before a position.
const ENDS_ATTRIBUTION = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:${VERB})|(?:${INVERTIBLE_VERB})\s+${INVERTED_SUBJECT})${TAIL}$`,
  'u',
);
// How far an attribution reaches from the comma: subject, adverb and verb; verb, subject and tail.
const REACH = 100;

/** Tests for an attribution next to a position of one text. */
export interface AttributionTest {
  /** Whether an attribution (`Wang said`, `said the spokesperson`) starts exactly at `start`. */
  startsAt(start: number): boolean;
  /** Whether the text just before `end` (not before `floor`) ends with a reporting verb (`… Wang said`). */
  endsBefore(floor: number, end: number): boolean;
}

/**
 * Attribution tests for `text`. The reporting verbs are found once; the full patterns run only where a verb is within
 * reach, since running them at each of the ~40,000 commas of a 5 MB transcript would take most of a second.
 */
export function createAttributionTest(text: string): AttributionTest {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(createVerbAnchor())) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  // Whether some value of the sorted `values` lies in `[from, to)`.
  const anyIn = (values: readonly number[], from: number, to: number): boolean => {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < values.length && values[lo]! < to;
  };
  return {
    startsAt(start) {
      if (!anyIn(starts, start, start + REACH)) return false;
      STARTS_ATTRIBUTION.lastIndex = start;
      return STARTS_ATTRIBUTION.test(text);
    },
    endsBefore(floor, end) {
      const from = Math.max(floor, end - REACH);
      if (!anyIn(ends, from, end + 1)) return false;
      return ENDS_ATTRIBUTION.test(text.slice(from, end));
    },
  };
}
