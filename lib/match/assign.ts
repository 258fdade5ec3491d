// Assignment: which report passages report which source places, chosen for the whole report at once.
// Each report sentence is cut into runs of clauses by dynamic programming (a sentence may report one
// place whole, or its clauses may report different places); then places are re-ranked for coherence:
// a place inside an exchange the report clearly draws on beats an equally worded copy elsewhere
// (LESSONS.md #5), and reporters' questions only match when the report reports a question (#2).
import type { MatchContext, Place } from './places.ts';
import { comparePlaces, findPlaces, findSecondPlace } from './places.ts';

/** A report passage (a run of clauses of one sentence) and the place(s) it reports. */
export interface Claim {
  sentence: number;
  /** Clause index range [clauseFirst, clauseLast). */
  clauseFirst: number;
  clauseLast: number;
  /** Report content tokens the passage is matched on. */
  tokens: number[];
  /** One place, or two for a stitched passage. */
  places: Place[];
  /** Confidence after coherence, 0..1. */
  score: number;
  /** Whether the passage reports a question (`when asked about …`). */
  asks: boolean;
  /**
   * Set when the passage reports an answer's "no" by naming what was rejected (rebuttals.ts): its words come
   * from the question, so word overlap says nothing of how much of the answer it carries.
   */
  denial?: boolean;
  /**
   * Where the passage starts when that is inside its first clause: a denial starts at its verb, and the
   * description of the speaker before it (`A top spokesman known for …`) is the report's own.
   */
  from?: number;
  /** The refine pass that made the claim (lib/refine/), when assignment did not: a feature of the link model. */
  via?: string;
}

/** A clause run with its candidate places. */
interface Unit {
  clauseFirst: number;
  clauseLast: number;
  tokens: number[];
  places: Place[];
  /** Whether the passage reports a question (`when asked about`). */
  asksQuestion: boolean;
}

export interface AssignOptions {
  minScore: number;
  /** Report content tokens per clause (frames and metadata already removed). */
  clauseTokens: number[][];
  /** Per clause: true when a question frame (`when asked about`) sits in it. */
  clauseAsks: boolean[];
}

/** The longest clause run tried as one passage. */
const MAX_RUN = 4;

export function assignClaims(ctx: MatchContext, options: AssignOptions): Claim[] {
  const { report } = ctx;
  const sentenceUnits: Unit[][][] = [];
  // Candidate places for every clause run of every sentence.
  for (let s = 0; s < report.seg.sentences.length; s++) {
    const c0 = report.sentenceClauseFirst[s]!;
    const c1 = report.sentenceClauseLast[s]!;
    const runs: Unit[][] = [];
    for (let a = c0; a < c1; a++) {
      const fromA: Unit[] = [];
      for (let b = a + 1; b <= Math.min(c1, a + MAX_RUN); b++) {
        const tokens = options.clauseTokens.slice(a, b).flat();
        const asksQuestion = options.clauseAsks.slice(a, b).some(Boolean);
        fromA.push({ clauseFirst: a, clauseLast: b, tokens, places: tokens.length ? findPlaces(ctx, tokens) : [], asksQuestion });
      }
      runs.push(fromA);
    }
    sentenceUnits.push(runs);
  }
  // Pass 1: raw scores. Pass 2: re-ranked by the exchanges pass 1 found.
  const none: Anchors = { mass: new Map(), top: 0, echoed: new Set() };
  const mass = exchangeMass(chooseAll(ctx, sentenceUnits, options.minScore, none));
  const anchored: Anchors = { mass, top: Math.max(0, ...mass.values()), echoed: new Set() };
  // Pass 3: a headline or lead often restates what the report quotes further down (LESSONS.md #1).
  const echoed = new Set<number>();
  for (const c of chooseAll(ctx, sentenceUnits, options.minScore, anchored)) {
    if (c.score < ECHO_SCORE) continue;
    for (const p of c.places) for (let s = p.first; s < p.last; s++) echoed.add(s);
  }
  return chooseAll(ctx, sentenceUnits, options.minScore, { ...anchored, echoed });
}

/**
 * Adjusted score of a place for a unit, given the exchanges the report draws on. Inside an exchange that
 * holds the report's confident matches a weaker paraphrase is believable (the report is about that answer),
 * so such places gain up to ANCHOR_BONUS; the same wording elsewhere does not.
 */
function adjustedScore(ctx: MatchContext, unit: Unit, place: Place, anchors: Anchors): number {
  let score = place.match.score;
  const turn = ctx.source.seg.turns[place.turn];
  if (turn?.role === 'question') score = unit.asksQuestion ? score + 0.1 : score * 0.9;
  else if (ctx.hasLabels && turn && turn.label === null) score *= 0.7; // title and menu lines before the first speaker
  if (anchors.top > 0) score += ANCHOR_BONUS * ((anchors.mass.get(place.exchange) ?? 0) / anchors.top);
  if (anchors.echoed.has(place.first) && place.match.score < ECHO_SCORE) score += ECHO_BONUS;
  return Math.min(1, score);
}

/** The most an anchored exchange adds to a place's score. */
const ANCHOR_BONUS = 0.12;

interface Anchors {
  /** Matched weight per source exchange. */
  mass: Map<number, number>;
  top: number;
  /** Source sentences that a confident claim of the report already reports. */
  echoed: ReadonlySet<number>;
}

/** What a place gains when another passage of the report confidently reports it too. */
const ECHO_BONUS = 0.1;
/** How confident that other passage must be. */
const ECHO_SCORE = 0.8;

/** Chooses, sentence by sentence, the clause runs and places that explain the most weighted words. */
function chooseAll(ctx: MatchContext, sentenceUnits: Unit[][][], minScore: number, anchors: Anchors): Claim[] {
  const claims: Claim[] = [];
  sentenceUnits.forEach((runs, s) => {
    const n = runs.length;
    // best[i]: the best value for clauses i..n of the sentence; choice[i]: the unit taken at i (or null).
    const best = new Float64Array(n + 1);
    const choice: Array<{ unit: Unit; place: Place; score: number } | null> = new Array(n).fill(null);
    const runLength = new Int32Array(n).fill(1);
    for (let i = n - 1; i >= 0; i--) {
      best[i] = best[i + 1]!; // clause i unmatched
      runs[i]!.forEach((unit, r) => {
        const ranked = unit.places
          .map((place) => ({ place, score: adjustedScore(ctx, unit, place, anchors) }))
          .sort((x, y) => y.score - x.score || comparePlaces(x.place, y.place));
        const top = ranked[0];
        if (!top || top.score < minScore) return;
        // Value: weighted words explained, minus a small cost per passage so a sentence that reports one
        // place stays one alignment.
        const value = top.place.match.matchedWeight * top.score - 0.5 + best[i + r + 1]!;
        if (value > best[i]!) {
          best[i] = value;
          choice[i] = { unit, place: top.place, score: top.score };
          runLength[i] = r + 1;
        }
      });
    }
    for (let i = 0; i < n; ) {
      const c = choice[i];
      if (c && best[i]! !== best[i + 1]!) {
        const places = [c.place];
        const second = findSecondPlace(ctx, c.unit.tokens, c.place);
        if (second) places.push(second);
        places.sort((a, b) => a.first - b.first);
        claims.push({ sentence: s, clauseFirst: c.unit.clauseFirst, clauseLast: c.unit.clauseLast, tokens: c.unit.tokens, places, score: c.score, asks: c.unit.asksQuestion });
        i += runLength[i]!;
      } else i++;
    }
  });
  return claims;
}

/** Matched weight per source exchange, from the confident claims. */
function exchangeMass(claims: Claim[]): Map<number, number> {
  const mass = new Map<number, number>();
  for (const c of claims) {
    if (c.score < 0.5) continue;
    for (const p of c.places) mass.set(p.exchange, (mass.get(p.exchange) ?? 0) + p.match.matchedWeight * c.score);
  }
  return mass;
}
