// Reporting verbs: the words that attribute speech in news copy (`Wang said`, `he added`, `He pointed out that`).
// The one list the frame finder and the clause splitter share. Machine translations of Chinese transcripts render
// 表示/指出/强调 as stated/pointed out/stressed/emphasized, so those are here beside the wire-story verbs.

/** Verbs that attribute speech whatever follows them (`Wang said the US …`). */
export const SAYING_VERBS = [
  'said',
  'says',
  'added',
  'adds',
  'stressed',
  'stresses',
  'noted',
  'notes',
  'pointed out',
  'points out',
  'told',
  'tells',
  'stated',
  'states',
  'remarked',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'claimed',
  'claims',
  'asserted',
  'asserts',
  'reiterated',
  'reiterates',
] as const;

/**
 * Verbs that also have non-reporting uses (`continued its work`, `urged the US to stop`, `maintained servers`): they
 * frame only when followed by `that`, punctuation or a quote, or when they follow a quote (`"…," he argued`).
 */
export const AMBIGUOUS_REPORTING_VERBS = [
  'insisted',
  'insists',
  'argued',
  'argues',
  'explained',
  'explains',
  'warned',
  'warns',
  'urged',
  'urges',
  'declared',
  'declares',
  'continued',
  'continues',
  'went on',
  'goes on',
  'concluded',
  'concludes',
  'commented',
  'comments',
  'maintained',
  'maintains',
  'replied',
  'responded',
  'announced',
  'acknowledged',
  'admitted',
  'affirmed',
  'observed',
  'recalled',
  'underlined',
  'underscored',
  'highlighted',
  'wrote',
  'writes',
  'tweeted',
] as const;

/** Every reporting verb form the frame finder knows. */
export const REPORTING_VERBS: readonly string[] = [...SAYING_VERBS, ...AMBIGUOUS_REPORTING_VERBS];

/** Verbs that can come before their subject after a quote: `"…," said the spokesperson`. */
export const INVERTIBLE_VERBS = [
  'said',
  'says',
  'added',
  'adds',
  'continued',
  'stressed',
  'noted',
  'explained',
  'insisted',
  'argued',
  'declared',
  'asserted',
  'remarked',
  'concluded',
  'wrote',
  'warned',
  'recalled',
  'replied',
  'claimed',
  'emphasized',
  'emphasised',
] as const;

/** Participles that continue an attribution after a comma: `Wang said, adding that …`. */
export const CONTINUING_PARTICIPLES = [
  'adding',
  'noting',
  'stressing',
  'saying',
  'emphasizing',
  'emphasising',
  'pointing out',
  'stating',
  'reiterating',
  'underlining',
  'underscoring',
] as const;

/** Participles that continue an attribution only with `that` (`insisting that …`, not `insisting on …`). */
export const AMBIGUOUS_CONTINUING_PARTICIPLES = [
  'insisting',
  'arguing',
  'explaining',
  'warning',
  'claiming',
  'asserting',
  'declaring',
  'acknowledging',
] as const;

const AMBIGUOUS = new Set<string>(AMBIGUOUS_REPORTING_VERBS);

/** Whether a reporting verb form needs a `that`, punctuation or a preceding quote to count as a frame. */
export const isAmbiguousReportingVerb = (verb: string): boolean => AMBIGUOUS.has(verb.replace(/\s+/gu, ' '));

/** A regex alternation of phrases, longest first, with flexible spaces inside multi-word phrases. */
export function toAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /gu, String.raw`\s+`))
    .join('|');
}
