// A seeded PRNG and the few draws the fuzz generators make with it, so every run tries the same inputs and a
// failure names the seed that replays it. `prng` is the same mulberry32 as the copies in scripts/bench.ts and
// scripts/score.test.ts (same seed, same sequence), so those could import it from here.

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast, and good enough for test inputs. */
export function prng(seed: number): Random {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max). */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min));
}

/** True with probability `p`. */
export function randomChance(random: Random, p: number): boolean {
  return random() < p;
}

/** One element of a non-empty list. */
export function pickOne<T>(random: Random, list: readonly T[]): T {
  if (list.length === 0) throw new RangeError('pickOne: list is empty');
  return list[Math.floor(random() * list.length)]!;
}

/** A character with a code point in [from, to]. */
export function randomChar(random: Random, from: number, to: number): string {
  return String.fromCodePoint(randomInt(random, from, to + 1));
}

/** The list in a new random order (Fisher–Yates). */
export function shuffleList<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
