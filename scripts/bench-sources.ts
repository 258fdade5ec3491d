// The synthetic texts the bench and the archive checks build from the seeds, with seeded randomness so every run
// builds the same files: lightly edited copies (the bench's large sources) and distractor transcripts (the archive).
import type { Random } from '../test/fuzz/random.ts';

/** One lightly edited copy of `text`: about 1% of words each swapped, deleted or doubled; 30% of numbers changed. */
export function editCopy(text: string, rand: Random): string {
  const parts = text.split(/(\s+)/); // words at even indices, whitespace at odd ones
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    if (word === '') continue;
    if (/\d/.test(word) && rand() < 0.3) {
      parts[i] = word.replace(/\d+/g, (d) => String(Math.floor(rand() * 10 ** d.length)).padStart(d.length, '0'));
      continue;
    }
    const r = rand();
    if (r < 0.01 && i + 2 < parts.length) [parts[i], parts[i + 2]] = [parts[i + 2]!, word];
    else if (r < 0.02) parts[i] = '';
    else if (r < 0.03) parts[i] = `${word} ${word}`;
  }
  return parts.join('');
}

/**
 * A distractor transcript of about `chars` characters: paragraphs drawn at random from all of `transcripts`, in
 * random order, then edited as the bench edits its sources. On topic and in the same voice as the real sources,
 * but no copy of any one: it holds a few of each source's exchanges, never a whole briefing.
 */
export function buildDistractor(transcripts: readonly string[], chars: number, rand: Random): string {
  const paragraphs = transcripts.flatMap((t) => t.split(/\n\s*\n/).filter((p) => p.trim().length > 40));
  const picked: string[] = [];
  let length = 0;
  while (length < chars) {
    const p = paragraphs[Math.floor(rand() * paragraphs.length)]!;
    picked.push(p);
    length += p.length + 2;
  }
  return editCopy(picked.join('\n\n') + '\n', rand);
}
