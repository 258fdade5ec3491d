// Every public type of the claimdiff core, in one place.
// Offsets are JS string indices (UTF-16 code units) into the original text, exactly as read:
// no trimming, no newline normalisation. Text is sliced only when it is shown.
import type { Language } from './translate/language.ts';
import type { MatcherModel } from './learn/model.ts';
import type { Verifier } from './verify/verifier.ts';

/** A half-open range `[start, end)` of a text. */
export interface Span {
  /** First code unit, inclusive. */
  start: number;
  /** Last code unit, exclusive; `start < end` for every span the core returns. */
  end: number;
}

/** A paragraph: a block of text between blank lines (or a line, in one-paragraph-per-line text). */
export interface Paragraph extends Span {
  /** Position in the document, from 0. */
  index: number;
}

/** A sentence. Sentences never cross a paragraph boundary and never overlap; the gaps are whitespace. */
export interface Sentence extends Span {
  /** Position in the document, from 0. */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

/** A clause: a piece of a sentence that can carry a statement of its own. Clauses of a sentence tile it. */
export interface Clause extends Span {
  /** Position in the document, from 0. */
  index: number;
  /** Index of the sentence that holds it. */
  sentence: number;
}

/** Who speaks a turn in a transcript. `question`: a reporter, `Q`; `answer`: the official who answers. */
export type TurnRole = 'question' | 'answer' | 'statement';

/**
 * A speaker turn: the text from one speaker label to the next (`Wang Wenbin:`, `MS. PSAKI:`, `Q`).
 * A document without labels is one `statement` turn with no speaker.
 */
export interface Turn extends Span {
  /** Position in the document, from 0. */
  index: number;
  /** The label as written, without its colon (`Wang Wenbin`, `MS. PSAKI`, `Q`); null where there is none. */
  speaker: string | null;
  /** The label itself including its colon, when there is one. */
  label: Span | null;
  /** Whether the speaker asks, answers, or simply speaks. */
  role: TurnRole;
  /** Index of the exchange: a question turn and the answer turns that follow it share one. Text before any label is exchange 0. */
  exchange: number;
}

/** A quotation in a report: the text between opening and closing quote marks. */
export interface Quote extends Span {
  /** The quoted words without the marks. The outer span includes the marks. */
  inner: Span;
  /** The quoted pieces: `inner` cut at elisions (`…`, `...`, `[…]`) and at bracketed insertions. */
  parts: Span[];
  /** True when the quote is left open at the end of its paragraph because it runs on into the next. */
  runsOn: boolean;
}

/** Who an attribution frame points at, as far as the words tell. */
export type FrameTarget = 'speaker' | 'question' | 'other';

/** An attribution frame in a report: `Wang said`, `said the spokesperson`, `He pointed out that`, `adding that`, `when asked about`. */
export interface Frame extends Span {
  /** `speaker` for said/added/stressed frames, `question` for `when asked about`-style frames, `other` for `according to a report`. */
  target: FrameTarget;
}

/** The segmentation of one document. Everything is a span into `text`. */
export interface Segmentation {
  /** Length of the text in code units. */
  length: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  clauses: Clause[];
  turns: Turn[];
  quotes: Quote[];
  frames: Frame[];
}

/** How a report carries a source statement. */
export type AlignmentKind = 'quote' | 'paraphrase' | 'partial';

/**
 * Flags on an alignment (an open set; these are the ones the core sets).
 * - `misquote`: inside quote marks, a content word added or dropped, or a number, name or negation changed.
 * - `wording-differs`: inside quote marks, only spelling, stem or synonym differences.
 * - `number-changed`, `negation-changed`: outside or inside quotes.
 * - `sharpened`, `softened`: a reporting verb, intensifier or hedge replaced by a stronger or weaker one.
 */
export type Flag = 'misquote' | 'wording-differs' | 'number-changed' | 'negation-changed' | 'sharpened' | 'softened';

/** One step of a word diff, as spans. `same` has both sides, `added` only the report, `omitted` only the source. */
export type DiffPart =
  { op: 'same'; report: Span; source: Span } | { op: 'added'; report: Span } | { op: 'omitted'; source: Span };

/** Why a flag was set, in words a reader can check: the word pair or the number that changed. */
export interface FlagDetail {
  flag: Flag;
  /** Report words involved, when there are any. */
  report?: Span;
  /** Source words involved, when there are any. */
  source?: Span;
  /** A short plain-words explanation, e.g. `"said" → "slammed" (stronger)`. */
  message: string;
  /** Evidence weighed and not raised (strength changing both ways): explained, but not among the alignment's flags. */
  withheld?: boolean;
}

/** A report passage and the source place(s) it reports. */
export interface Alignment {
  /** One or more spans of the report, in order. */
  report: Span[];
  /** One or more spans of the source, in order (a stitched quote has two). */
  source: Span[];
  kind: AlignmentKind;
  /** 0..1: how certainly the two are the same statement (calibrated by `npm run eval`). */
  score: number;
  /** Word diff in reading order. */
  diff: DiffPart[];
  /** Flags, without duplicates, in the order of the `Flag` union. */
  flags: Flag[];
  /** The evidence behind each flag. */
  flagDetails: FlagDetail[];
}

/**
 * What a quote's words are against the source, compared at the surface (case, punctuation, apostrophe style and
 * word breaks ignored): `exact`, the same words; `elided`, exact pieces with source words dropped only where an
 * elision mark or an editorial bracket stands; `altered`, a word added, dropped, changed or moved without a mark;
 * `not-in-source`, no place in the source says it.
 */
export type QuoteVerdict = 'exact' | 'elided' | 'altered' | 'not-in-source';

/** One quote of the report and its check against the source (lib/quotes/check.ts). */
export interface QuoteCheck {
  /** The quoted words, one span per stretch between marks (two for `"…," he said, "…"` or a quote run on across paragraphs). */
  report: Span[];
  verdict: QuoteVerdict;
  /** Where the source says it, one span per piece; for `not-in-source`, the nearest candidate when there is one. */
  source: Span[];
  /** The alignment that carries the quote (an index into `alignments`), or null. */
  alignment: number | null;
  /** For an altered quote: `misquote` when a content word, number, name or negation differs, else `wording-differs`. */
  flag?: 'misquote' | 'wording-differs';
  /** The differing words, named. */
  message?: string;
  /** The quoted words against the source's, in reading order (surface words, not normalised). */
  diff: DiffPart[];
  /** Source text that the elision marks and editorial brackets stand for. */
  hidden: Span[];
  /** Editorial brackets inside the quote (`[a]`, `[the president]`): words the report put in. */
  inserted: Span[];
  /** Sentences of the quote that no place of the source holds. */
  unfound: Span[];
  /** How many words are quoted. */
  words: number;
}

/** The full result of aligning a report with its source: the `align --format json` contract plus detail. */
export interface AlignResult {
  version: 1;
  report: { length: number };
  source: { length: number };
  alignments: Alignment[];
  /** Report text that reports nothing in the source (claim-bearing text only: no bylines or datelines). */
  added: Span[];
  /** Source statements inside the covered region that the report leaves out. */
  omitted: Span[];
  /** The parts of the source the report draws on (whole exchanges of a transcript, or paragraphs). */
  regions: Span[];
  /** Every quote of the report, in order, checked word for word against the source (absent in results saved before quotes were checked). */
  quotes?: QuoteCheck[];
}

/** One alignment as the `align --format json` contract prints it: no flag details, the score rounded to 3 decimals. */
export type ContractAlignment = Omit<Alignment, 'flagDetails'>;

/** The JSON object `claimdiff align --format json` prints (../shared/eval/README.md). Spans are `{start, end}` only. */
/** One quote as the contract prints it. */
export type ContractQuote = Pick<QuoteCheck, 'report' | 'verdict' | 'source' | 'alignment'>;

export type ContractResult = Omit<AlignResult, 'alignments' | 'regions' | 'quotes'> & {
  alignments: ContractAlignment[];
  quotes: ContractQuote[];
};

/** Options for `alignTexts`. Every field is optional. */
export interface AlignOptions {
  /** Alignments scoring below this are dropped (0..1). Default 0.35. */
  minScore?: number;
  /** The similarity measure; default the lexical measure with IDF weights, stems and WordNet synonyms. */
  similarity?: SimilarityMeasure;
  /** The learned decisions (lib/learn/model.ts); default the committed model.json. */
  model?: MatcherModel;
  /** Refine passes to leave out, by name (lib/refine/index.ts). */
  skip?: readonly string[];
  /** Sees the examples each learned decision is made on: how `npm run train` collects its data. */
  trace?: AlignTrace;
  /** Decides which candidate passages report their place (lib/verify/verifier.ts); default the model's link model. */
  verifier?: Verifier;
  /** The report's language (`en`, `zh`, `uk`, `ru`); detected from its script when not given (lib/translate/language.ts). */
  reportLanguage?: Language;
  /**
   * The source's language; a source in another script than the report is aligned as the original of a translation,
   * and so is a Latin-script source in a language `dictionaries` holds (`de`, `fr`, `es`, `it`, `pt`, `nl`).
   */
  sourceLanguage?: Language;
  /**
   * Bilingual dictionaries into English (FreeDict's, imported by `claimdiff dict import`). An English report of a
   * source in one of their languages (given as `sourceLanguage`, or told from its function words with a wide margin,
   * lib/translate/latin-language.ts) is aligned in translation mode, its words meeting the English through their
   * glosses. Default none: a Latin-script source is then always aligned by the matcher.
   */
  dictionaries?: readonly TranslationDictionary[];
}

/** A dictionary from one language into English, as translation mode reads it (lib/translate/gloss-dictionary.ts). */
export interface TranslationDictionary {
  /** The language of its headwords. */
  language: Language;
  /**
   * Headword → its English gloss words. Headwords are lower-case, a word or a phrase of up to three words with one
   * space between them; gloss words are lower-case and separated by one space, the commonest sense first.
   */
  glosses: ReadonlyMap<string, string>;
}

/** What `AlignOptions.trace` is shown, stage by stage. */
export interface AlignTrace {
  /** Each candidate claim: its report and source spans and its link features. */
  links?(items: Array<{ report: Span; source: Span[]; features: Record<string, number> }>): void;
  /** Each source sentence with its region features. */
  regions?(items: Array<{ sentence: Span; features: Record<string, number> }>): void;
  /** Each alignment with its kind features. */
  kinds?(items: Array<{ report: Span[]; source: Span[]; features: Record<string, number> }>): void;
}

/** A token of a text prepared for matching: where it is and what it means for comparison. */
export interface MatchToken extends Span {
  /** Normalised key: case-folded, variant-canonical, stemmed (`us`, `divid`, `cybersecur`). */
  key: string;
  /** False for stop words and punctuation-like tokens. */
  content: boolean;
  /** True for numbers (their key is the number without grouping commas). */
  number: boolean;
}

/**
 * A measure of how well a report passage is explained by a source passage.
 * The default is lexical; a semantic model can implement the same interface later.
 */
export interface SimilarityMeasure {
  /** A short name, shown in benchmarks and debug output. */
  name: string;
  /**
   * How strongly two token keys mean the same in this context: 1 for the same key, less for synonyms,
   * 0 for unrelated words.
   */
  relate(reportKey: string, sourceKey: string): number;
}

// ---------------------------------------------------------------------------------------------------------------
// The statement matrix (issue 6): one source, several reports. `buildMatrix` makes it from the pairwise results
// (one `AlignResult` per report against the source); `toMatrixContract` makes `claimdiff matrix --format json`.
// ---------------------------------------------------------------------------------------------------------------

/** How one report carries one source statement: the alignment kind, with quotes split into exact and altered. */
export type CarryKind = 'quote-exact' | 'quote-altered' | 'paraphrase' | 'partial';

/** A report passage that carries a statement: one alignment of one report's pairwise result. */
export interface MatrixPassage {
  /** Index of the report (its column), in the order the reports were given. */
  report: number;
  /** Index of the alignment in that report's `AlignResult.alignments`. */
  alignment: number;
  /** 0..1: the share of the statement's words that the alignment's source spans cover. */
  overlap: number;
}

/** One cell: how one report carries one statement, shown through the best of its alignments there. */
export interface MatrixCell {
  /** Index, in the report's `AlignResult.alignments`, of the alignment shown: most overlap, then highest score. */
  alignment: number;
  kind: AlignmentKind;
  /** `kind`, with a quote that has a `misquote` or `wording-differs` flag as `quote-altered`. */
  carry: CarryKind;
  /** 0..1: that alignment's score. */
  score: number;
  /** That alignment's report spans. */
  report: Span[];
  /** 0..1: the share of the statement's words that alignment covers. */
  overlap: number;
  /** Every alignment of this report that carries the statement, best first; the first is `alignment`. */
  alignments: number[];
}

/** One row: a source statement and how each report carries it. */
export interface MatrixRow {
  /** The statement's place in the source: a sentence without its speaker label, or one clause of it. */
  source: Span;
  /** Index of the source sentence that holds it (`Segmentation.sentences`). */
  sentence: number;
  /** Index of the clause (`Segmentation.clauses`) when the sentence is cut into its clauses, else null. */
  clause: number | null;
  /** One per report, in report order: how that report carries the statement, or null when it does not. */
  cells: (MatrixCell | null)[];
  /** How many reports carry it: the non-null cells. */
  carriedBy: number;
  /** Every report passage that carries the statement (the group of passages that report it): by report, best first. */
  passages: MatrixPassage[];
}

/** What one report does over the whole matrix. The counts are of statements (rows), not of alignments. */
export interface MatrixReportSummary {
  /** Statements it carries. */
  carried: number;
  /** Statements it carries as a quote, exact or altered. */
  quotes: number;
  exactQuotes: number;
  /** Statements it quotes with a `misquote` or `wording-differs` flag. */
  alteredQuotes: number;
  paraphrases: number;
  partial: number;
  /** How many passages of the report are `added` (no place in the source). */
  added: number;
  /** The `added` spans (into the report) that no other report carries either: material only this report has. */
  uniqueAdded: Span[];
}

/** The statement matrix of one source and several reports. */
export interface MatrixResult {
  version: 1;
  source: { length: number };
  /** One per report, in the order given. */
  reports: { length: number }[];
  /** The source statements, in source order. */
  rows: MatrixRow[];
  /** One per report, in the order given. */
  summaries: MatrixReportSummary[];
}

/** Options for `buildMatrix`. Every field is optional. */
export interface MatrixOptions {
  /**
   * Which source statements get a row. `covered` (the default): those in the parts of the source the reports draw
   * on (the pairs' `regions` and alignments). `whole`: every sentence of the source, as when the "source" is
   * itself a report and all it says matters (report vs report).
   */
  scope?: 'covered' | 'whole';
}

/** The matrix and the pairwise results it was built from. */
export interface MatrixRun {
  /** `pairs[i]` aligns report i with the source. */
  pairs: AlignResult[];
  matrix: MatrixResult;
}

/** One cell as `claimdiff matrix --format json` prints it. */
export interface ContractMatrixCell {
  kind: AlignmentKind;
  /** Rounded to 3 decimals, as in the align contract. */
  score: number;
  report: Span[];
}

/** The JSON object `claimdiff matrix --format json` prints. Spans are `{start, end}` only. */
export interface ContractMatrix {
  version: 1;
  source: { length: number };
  reports: { length: number }[];
  rows: { source: Span[]; cells: (ContractMatrixCell | null)[] }[];
  /** Each report's align contract, in order: exactly what `claimdiff align REPORT SOURCE --format json` prints. */
  pairs: ContractResult[];
}

/** A word or a phrase that candidate search looks for in the source archive (lib/archive/source-query.ts). */
export interface SourceTerm {
  /** Lower-case words as `indexWords` (lib/archive/index-words.ts) cuts them; two or more make a phrase. */
  words: string[];
  /** How much a source holding it counts, before its rarity in the archive (a quoted phrase weighs most). */
  weight: number;
}
