// Speaker labels at the start of a transcript line: `Wang Wenbin:`, `Xinhua News Agency reporter:`, `MS. PSAKI:`,
// `Q:`, a bare `Q` / `A`, or a CJK `汪文斌：`. The MFA transcripts (seeds/mfa-*) label every turn with the outlet or
// the spokesperson's name; White House transcripts use all-caps `MS. PSAKI:` and bare `Q`.

/** A label found at a line start. */
export interface SpeakerLabel {
  /** End of the speaker's name (before any spaces and the colon). */
  speakerEnd: number;
  /** End of the label: just after the colon, or after the bare `Q` / `Q.`. */
  end: number;
  /** True for a bare `Q` / `A` without a colon. */
  bare: boolean;
}

// Lower-case words allowed inside a label: name particles and the role nouns outlets put after their name
// (`Aussie Satellite TV reporter`).
const SMALL_WORDS = "of|the|and|de|van|von|for|da|del|der|la|le|du|al|bin|'s|’s";
// Role nouns that may follow a name in a label (turns.ts makes `reporter`-like ones questions).
const ROLE_NOUNS = [
  'reporter',
  'correspondent',
  'journalist',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'official',
  'minister',
  'secretary',
  'moderator',
  'operator',
  'participant',
  'host',
  'anchor',
  'interviewer',
  'representative',
  'ambassador',
  'director',
  'chairman',
  'chair',
  'president',
  'speaker',
] as const;

const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*|\p{N}+|${SMALL_WORDS}|${ROLE_NOUNS.join('|')})`;
// Up to 6 words on one line, then the colon and whitespace (or the end): `At 10:30:` fails at the first colon.
// An outlet may be written in quotes: `"People's Daily" reporter:` (seeds/mfa-2021-12-09-*).
const LABEL = new RegExp(
  String.raw`["“]?\p{Lu}[\p{L}\p{M}\p{N}'’.&"”-]*(?:[ \t]+${WORD}["”]?){0,5}(?=[ \t]*[:：](?:\s|$))`,
  'uy',
);
const COLON = /[ \t]*[:：]/y;
// CJK transcripts: `汪文斌：`. A clause ending in a verb of saying (`他表示：`) introduces a quote, not a turn.
const CJK_LABEL = /[\u3400-\u4dbf\u4e00-\u9fff·]{1,10}(?=[:：])/uy;
const CJK_SAY_ENDING = /(?:说|表示|指出|强调|称|道|问|认为|介绍|宣布|回答)$/u;
const BARE_QA = /[QA]\.?(?=[ \t\r\n]|$)/y;

// First words that start a heading-like `Word: text` line rather than a speaker turn (`Note:`, `According to
// reports:`, `Photo:`, web-page furniture, headline tags such as `Exclusive:`).
const NOT_SPEAKERS = new Set([
  'according',
  'however',
  'note',
  'notes',
  'nb',
  'update',
  'updated',
  'editor',
  'photo',
  'photos',
  'picture',
  'source',
  'sources',
  'related',
  'read',
  'watch',
  'listen',
  'date',
  'dated',
  'time',
  'subject',
  're',
  'fw',
  'fwd',
  'tags',
  'tag',
  'also',
  'video',
  'image',
  'caption',
  'credit',
  'credits',
  'correction',
  'clarification',
  'disclaimer',
  'warning',
  'exclusive',
  'analysis',
  'breaking',
  'opinion',
  'explainer',
  'factbox',
  'live',
  'editorial',
  'commentary',
  'background',
  'summary',
  'keywords',
  'category',
  'categories',
  'topic',
  'topics',
  'title',
  'headline',
  'location',
  'venue',
  'copyright',
  'email',
  'tel',
  'phone',
  'fax',
  'address',
  'website',
  'link',
  'links',
  'share',
  'print',
  'comments',
  'previous',
  'next',
  'home',
  'menu',
  'example',
  'step',
  'chapter',
  'part',
  'section',
  'table',
  'figure',
  'fig',
  'translation',
  'transcript',
  'original',
  'author',
  'by',
  'from',
  'to',
  'cc',
  'posted',
  'published',
  'price',
  'total',
  'contact',
  'see',
  'in',
  'on',
  'at',
  'for',
  'the',
  'this',
  'that',
  'these',
  'what',
  'why',
  'how',
  'when',
  'where',
  'who',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
]);

const firstWordKey = (word: string): string =>
  word
    .replace(/["“”]/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/\.+$/u, '');

/**
 * The speaker label starting exactly at `start`, if any, ending no later than `limit` (the end of the line or
 * paragraph). `allowBareA`: accept a bare `A` (only sensible once the document has bare `Q` labels, since `A` is
 * also the article that starts many sentences).
 */
export function matchSpeakerLabel(text: string, start: number, limit: number, allowBareA = false): SpeakerLabel | null {
  LABEL.lastIndex = start;
  const m = LABEL.exec(text);
  if (m) {
    const speakerEnd = start + m[0].length;
    COLON.lastIndex = speakerEnd;
    const colon = COLON.exec(text);
    const end = speakerEnd + (colon ? colon[0].length : 0);
    const first = m[0].split(/[ \t]/u, 1)[0] ?? '';
    if (colon && end <= limit && m[0].length <= 60 && !NOT_SPEAKERS.has(firstWordKey(first))) {
      return { speakerEnd, end, bare: false };
    }
  }
  CJK_LABEL.lastIndex = start;
  const cjk = CJK_LABEL.exec(text);
  if (cjk && !CJK_SAY_ENDING.test(cjk[0]) && start + cjk[0].length + 1 <= limit) {
    return { speakerEnd: start + cjk[0].length, end: start + cjk[0].length + 1, bare: false };
  }
  BARE_QA.lastIndex = start;
  const qa = BARE_QA.exec(text);
  if (qa && start + qa[0].length <= limit && (qa[0][0] === 'Q' || allowBareA)) {
    return { speakerEnd: start + 1, end: start + qa[0].length, bare: true };
  }
  return null;
}
