// Quantities as values: what a passage counts, measures or pays, with the qualifier that is part of it ("more
// than 500" is not 500). Digits (`52,000`, `3.3`), scales (`3.3 billion`), number words (`thirty`, `a dozen`),
// vague magnitudes (`dozens`, `hundreds`, `tens of thousands`: a range, not a value), percentages, money with its
// currency, and compounds (`30-country`). Years and clock times are dates, not quantities, and are left out.
import type { Span } from '../types.ts';

export type Qualifier = 'exact' | 'about' | 'over' | 'under' | 'at-least' | 'up-to';
export type QuantityKind = 'count' | 'percent' | 'money';

export interface Quantity {
  /** The value, or the low end of a vague magnitude's range. */
  low: number;
  /** The high end (equal to `low` for a value). */
  high: number;
  qualifier: Qualifier;
  kind: QuantityKind;
  /** The currency of money (`$`, `usd`, `yuan`, …). */
  currency?: string;
  /** A vague magnitude (`dozens`, `tens of thousands`): a range that any value inside it agrees with. */
  vague: boolean;
  /** The words, qualifier included. */
  span: Span;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };
/** Vague magnitudes: a range of values. */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 100], scores: [40, 100], hundreds: [200, 1000], thousands: [2000, 1e4], millions: [2e6, 1e7], billions: [2e9, 1e10],
};
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/(?:more than|over|above|upwards of|in excess of|greater than)\s+$/i, 'over'],
  [/(?:less than|fewer than|under|below)\s+$/i, 'under'],
  [/(?:at least|a minimum of|no fewer than|no less than)\s+$/i, 'at-least'],
  [/(?:up to|as many as|as much as|at most|a maximum of|no more than)\s+$/i, 'up-to'],
  [/(?:about|around|some|roughly|approximately|nearly|almost|close to|an estimated|estimated|approx\.?)\s+$/i, 'about'],
];
const CURRENCY_BEFORE = /(US\$|\$|€|£|¥|RMB\s?|USD\s?)$/;
const CURRENCY_AFTER = /^\s*(dollars|euros|pounds|yuan|renminbi|yen|rupees)\b/i;

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const WORDS = Object.keys(UNITS).join('|');
const TOKEN = new RegExp(
  String.raw`(?<vague>tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|hundreds|thousands|millions|billions)` +
    String.raw`|(?<digits>${NUMBER})(?:\s?(?<scale>hundred|thousand|million|billion|trillion|bn|k|m)\b)?(?<pct>\s?%|\s?(?:per ?cent|percent)\b)?` +
    String.raw`|\b(?<words>(?:a |an )?(?:${WORDS})(?:[- ](?:${WORDS}))*)(?:\s(?<wscale>thousand|million|billion|trillion))?\b(?<wpct>\s(?:per ?cent|percent)\b)?`,
  'giu',
);

function wordsValue(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().replace(/^an? /, 'one ').split(/[- ]/)) {
    const v = UNITS[w];
    if (v === undefined) return null;
    if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'dozen') current = (current || 1) * 12;
    else current += v;
  }
  total += current;
  return total;
}

/** The quantities inside `spans` of `text`, in order. */
export function findQuantities(text: string, spans: readonly Span[]): Quantity[] {
  const out: Quantity[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(TOKEN)) {
      const g = m.groups!;
      const start = span.start + m.index;
      let end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 24), start);
      let low: number;
      let high: number;
      const vague = Boolean(g.vague);
      let kind: QuantityKind = g.pct || g.wpct ? 'percent' : 'count';
      if (g.vague) {
        const v = g.vague.toLowerCase();
        if (v.includes(' of ')) {
          const [first, , second] = v.split(' ');
          const unit = first === 'tens' ? 10 : 100;
          const scale = SCALES[second!.replace(/s$/, '')]!;
          [low, high] = [unit * scale, unit * 10 * scale];
        } else [low, high] = VAGUE[v]!;
      } else if (g.digits) {
        const value = Number(g.digits.replace(/,/g, '')) * (g.scale ? SCALES[g.scale.toLowerCase()]! : 1);
        // A year or a clock time is a date, not a quantity.
        if (!g.scale && !g.pct && /^(1[89]|20)\d\d$/.test(g.digits)) continue;
        if ((/:$/.test(before) && /\d:$/.test(before)) || /^:\d/.test(text.slice(end, end + 2))) continue;
        low = high = value;
      } else {
        const value = wordsValue(g.words!);
        if (value === null || value === 0 || /^an? $/i.test(g.words!)) continue;
        // "one" alone is too often a pronoun ("the one that") to be a count.
        if (/^one$/i.test(g.words!) && !g.wscale) continue;
        low = high = value * (g.wscale ? SCALES[g.wscale.toLowerCase()]! : 1);
      }
      let qualifier: Qualifier = 'exact';
      let from = start;
      for (const [re, q] of QUALIFIERS) {
        const hit = re.exec(before);
        if (hit) {
          qualifier = q;
          from = start - hit[0].length;
          break;
        }
      }
      let currency: string | undefined;
      const cb = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
      const ca = CURRENCY_AFTER.exec(text.slice(end, end + 12));
      if (cb) {
        currency = cb[1]!.trim().toLowerCase().replace('us$', '$').replace('usd', '$');
        kind = 'money';
        if (qualifier === 'exact') from = start - cb[0].length;
      } else if (ca) {
        currency = ca[1]!.toLowerCase().replace('dollars', '$');
        kind = 'money';
        end += ca[0].length;
      }
      out.push({ low, high, qualifier, kind, vague, ...(currency && { currency }), span: { start: from, end } });
    }
  }
  return out;
}

/** Whether two quantities can name the same amount: same kind and currency, and ranges that meet (1% slack). */
export function sameAmount(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || (a.currency ?? '') !== (b.currency ?? '')) return false;
  const slack = 0.01 * Math.max(Math.abs(a.high), Math.abs(b.high));
  return a.low <= b.high + slack && b.low <= a.high + slack;
}

/** `more than 500`, `about 52,000`, `dozens`: how a quantity reads in a message. */
export function describeQuantity(text: string, q: Quantity): string {
  return JSON.stringify(text.slice(q.span.start, q.span.end).replace(/\s+/g, ' '));
}
