// The lesson packs that ship with claimdiff (issue 16): which seed texts each pairs, its title and brief, and how its
// file in seeds/packs/ is built: the matcher run in-process on the pair, the key built from the result
// (lib/teach/build-key.ts), the default exercises. `npm run build:packs` writes the files; test/packs.test.ts fails
// when a committed file differs from what this builds, so a matcher change cannot leave a stale answer key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../lib/index.ts';
import { buildKey, defaultExercises } from '../lib/teach/build-key.ts';
import type { KeyItem } from '../lib/teach/types.ts';

export const ROOT = join(import.meta.dirname, '..');
export const PACKS_DIR = join(ROOT, 'seeds', 'packs');

/** A pack document as its file names it: the text is read from `file` (relative to the repository). */
export interface ShippedPackDocument {
  file: string;
  title: string;
  outlet: string | null;
  language: string | null;
}

/** A file of seeds/packs/. */
export interface ShippedPackFile {
  version: 1;
  slug: string;
  title: string;
  brief: string;
  report: ShippedPackDocument;
  source: ShippedPackDocument;
  key: KeyItem[];
  exercises: string[];
}

type PackSpec = Omit<ShippedPackFile, 'version' | 'key' | 'exercises'>;

const BRIEF =
  'Read the story. Mark every quote as exact or changed, any other change you find, and one thing the story left out (select it in the source).';

const XINHUA = {
  file: 'seeds/xinhua-2021-12-09-wang-wenbin-summit-for-democracy.txt',
  title: '"Summit for democracy" only serves U.S. own interests: FM spokesperson',
  outlet: 'Xinhua',
  language: 'en',
};
const WANG = {
  file: 'seeds/mfa-2021-12-09-wang-wenbin-press-conference.txt',
  title: "Foreign Ministry Spokesperson Wang Wenbin's regular press conference on December 9, 2021",
  outlet: 'Chinese Ministry of Foreign Affairs',
  language: 'en',
};
const ZHAO = {
  file: 'seeds/mfa-2021-07-20-zhao-lijian-press-conference.txt',
  title: "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on July 20, 2021",
  outlet: 'Chinese Ministry of Foreign Affairs',
  language: 'en',
};
const RECORD = {
  file: 'seeds/cases/zhao-20210720-therecord/a.txt',
  title: 'China accuses US of launching cyberattacks, denies Microsoft Exchange hack',
  outlet: 'The Record',
  language: 'en',
};
const ZDNET = {
  file: 'seeds/cases/zhao-20210720-zdnet/a.txt',
  title: readTitle('seeds/cases/zhao-20210720-zdnet/meta.json'),
  outlet: 'ZDNet',
  language: 'en',
};

function readTitle(meta: string): string {
  return (JSON.parse(readFileSync(join(ROOT, meta), 'utf8')) as { a: { title: string } }).a.title;
}

export const PACK_SPECS: readonly PackSpec[] = [
  {
    slug: 'xinhua-wang-wenbin',
    title: 'A wire story and the press conference it reports',
    brief: BRIEF,
    report: XINHUA,
    source: WANG,
  },
  {
    slug: 'therecord-zhao-lijian',
    title: 'The Record and the transcript it quotes',
    brief: BRIEF,
    report: RECORD,
    source: ZHAO,
  },
  { slug: 'zdnet-zhao-lijian', title: 'ZDNet and the transcript it quotes', brief: BRIEF, report: ZDNET, source: ZHAO },
  {
    // Two reports side by side: one of them stands in the source's place (README: report vs report).
    slug: 'zdnet-vs-therecord',
    title: 'Two stories of one briefing, side by side',
    brief:
      'Read both stories of the same briefing. Mark what ZDNet quotes differently from The Record, and one thing The Record has that ZDNet left out (select it in The Record).',
    report: ZDNET,
    source: RECORD,
  },
];

/** The file of `spec`, exactly as it is committed. */
export function buildShippedPack(spec: PackSpec): ShippedPackFile {
  const report = readFileSync(join(ROOT, spec.report.file), 'utf8');
  const source = readFileSync(join(ROOT, spec.source.file), 'utf8');
  const key = buildKey(alignTexts(report, source));
  return { version: 1, ...spec, key, exercises: defaultExercises(key, report) };
}

/** The text of a pack file: two-space JSON and a final newline, so diffs of the key read line by line. */
export const stringifyPack = (pack: ShippedPackFile): string => `${JSON.stringify(pack, null, 2)}\n`;
