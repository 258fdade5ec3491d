// Speaker turns of a transcript: from one speaker label (rules/speaker-label.ts) at a paragraph start to the next.
// Roles come from the label where it says so (`Q`, `A`, `… reporter`) and otherwise from how each speaker talks:
// in a press conference the askers speak once or twice, briefly, with a question mark; the official answers at length.
import type { Paragraph, Turn, TurnRole } from '../types.ts';
import { matchSpeakerLabel, type SpeakerLabel } from './rules/speaker-label.ts';

interface SpeakerStats {
  turns: number;
  chars: number;
  questionTurns: number;
}

const QUESTION_LABEL =
  /^(?:q|question|questioner)$|(?<![\p{L}])(?:reporter|correspondent|journalist|question)(?![\p{L}])/u;
const ANSWER_LABEL = /^(?:a|answer)$/u;
// White House style: `MS. PSAKI`, `MR. KIRBY`: the briefer, when they take many turns.
const BRIEFER_LABEL = /^(?:MS|MR|MRS|DR)\.?\s+\p{Lu}[\p{Lu}'’-]*$/u;

const speakerKey = (speaker: string): string => speaker.toLowerCase().replace(/\s+/gu, ' ');

function countQuestionMarks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 63 || c === 0xff1f) n++;
  }
  return n;
}

// Decides the role of each distinct speaker.
function assignRoles(speakers: ReadonlyMap<string, { stats: SpeakerStats; label: string }>): Map<string, TurnRole> {
  const roles = new Map<string, TurnRole>();
  const undecided: string[] = [];
  for (const [key] of speakers) {
    if (QUESTION_LABEL.test(key)) roles.set(key, 'question');
    else if (ANSWER_LABEL.test(key)) roles.set(key, 'answer');
    else undecided.push(key);
  }
  const asks = (s: SpeakerStats): boolean => s.questionTurns * 2 > s.turns;
  let top: string | null = null;
  for (const key of undecided) {
    const stats = speakers.get(key)!.stats;
    if (!asks(stats) && (top === null || stats.chars > speakers.get(top)!.stats.chars)) top = key;
  }
  const anyQuestion = [...roles.values()].includes('question') || undecided.some((k) => asks(speakers.get(k)!.stats));
  // One labelled speaker with nobody asking: a statement, not an answer.
  if (undecided.length === 1 && roles.size === 0 && !anyQuestion) {
    roles.set(undecided[0]!, 'statement');
    return roles;
  }
  const topStats = top === null ? null : speakers.get(top)!.stats;
  for (const key of undecided) {
    const { stats, label } = speakers.get(key)!;
    let role: TurnRole = 'statement';
    if (asks(stats)) role = 'question';
    else if (key === top) role = 'answer';
    else if (BRIEFER_LABEL.test(label) && stats.turns >= 3) role = 'answer';
    else if (
      topStats &&
      stats.turns <= 2 &&
      topStats.turns >= stats.turns * 2 &&
      stats.chars / stats.turns < (topStats.chars / topStats.turns) * 0.5
    )
      role = 'question';
    else if (topStats && stats.chars * 2 >= topStats.chars) role = 'answer';
    roles.set(key, role);
  }
  return roles;
}

/**
 * Splits a document into speaker turns. Text before the first label is one `statement` turn (exchange 0); a text with
 * no labels is a single `statement` turn. Each question turn starts a new exchange; other turns join the current one.
 */
export function segmentTurns(text: string, paragraphs: readonly Paragraph[]): Turn[] {
  if (typeof text !== 'string') throw new TypeError('segmentTurns: text must be a string');
  if (!Array.isArray(paragraphs)) throw new TypeError('segmentTurns: paragraphs must be an array');
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return [];
  const labels: Array<SpeakerLabel | null> = paragraphs.map((p) => matchSpeakerLabel(text, p.start, p.end));
  // A bare `A` is an answer label only in a document that also uses `Q`.
  if (labels.some((l, k) => l !== null && speakerKey(text.slice(paragraphs[k]!.start, l.speakerEnd)) === 'q')) {
    paragraphs.forEach((p, k) => {
      if (labels[k] === null) labels[k] = matchSpeakerLabel(text, p.start, p.end, true);
    });
  }
  const labelled = labels.flatMap((l, k) => (l ? [k] : []));
  if (labelled.length === 0) {
    return [
      { start: first.start, end: last.end, index: 0, speaker: null, label: null, role: 'statement', exchange: 0 },
    ];
  }
  const turns: Turn[] = [];
  const firstLabelled = labelled[0]!;
  if (firstLabelled > 0) {
    const end = paragraphs[firstLabelled - 1]!.end;
    turns.push({ start: first.start, end, index: 0, speaker: null, label: null, role: 'statement', exchange: 0 });
  }
  const speakers = new Map<string, { stats: SpeakerStats; label: string }>();
  const keys: string[] = [];
  labelled.forEach((k, n) => {
    const paragraph = paragraphs[k]!;
    const label = labels[k]!;
    const nextLabelled = labelled[n + 1];
    const end = paragraphs[(nextLabelled ?? paragraphs.length) - 1]!.end;
    const speaker = text.slice(paragraph.start, label.speakerEnd);
    const key = speakerKey(speaker);
    keys.push(key);
    const entry = speakers.get(key) ?? { stats: { turns: 0, chars: 0, questionTurns: 0 }, label: speaker };
    entry.stats.turns++;
    entry.stats.chars += end - label.end;
    if (countQuestionMarks(text, label.end, end) > 0) entry.stats.questionTurns++;
    speakers.set(key, entry);
    turns.push({
      start: paragraph.start,
      end,
      index: turns.length,
      speaker,
      label: { start: paragraph.start, end: label.end },
      role: 'statement',
      exchange: 0,
    });
  });
  const roles = assignRoles(speakers);
  let exchange = 0;
  let n = 0;
  let previous: TurnRole | null = null;
  for (const turn of turns) {
    if (turn.speaker !== null) turn.role = roles.get(keys[n++]!) ?? 'statement';
    // Whoever speaks right after a question answers it, however little they speak overall (a guest briefer,
    // or one spokesperson's transcript among others in one file).
    if (turn.role === 'statement' && turn.speaker !== null && (previous === 'question' || previous === 'answer') && exchange > 0) turn.role = 'answer';
    if (turn.role === 'question') exchange++;
    turn.exchange = exchange;
    previous = turn.role;
  }
  return turns;
}
