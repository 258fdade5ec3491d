// The licence of one FreeDict dictionary, read from the package's Debian copyright file
// (usr/share/doc/dict-freedict-deu-eng/copyright). The file is machine-readable (DEP-5,
// https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/) and shared by every FreeDict package: one
// `Files: deu-eng/*` paragraph names the dictionary's copyright holders and licence, and a stand-alone
// `License: GPL-3+` paragraph holds that licence's text.

export interface DictLicence {
  /** The licence's short name (`GPL-3+`, `GPL-2+`, `CC-BY-SA-3.0`). */
  license: string;
  /** The copyright line(s) of the dictionary (`1995-2022 Frank Richter, 2020-2022 Einhard Leichtfuß`). */
  copyright: string;
  /** The notice to credit: the dictionary's paragraph, then the licence's text as the file gives it. */
  notice: string;
}

type Paragraph = Map<string, string>;

/** The paragraphs of a DEP-5 file, each field's continuation lines joined with newlines (` .` is an empty line). */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of text.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/)) {
    const fields: Paragraph = new Map();
    let last: string | null = null;
    for (const line of block.split('\n')) {
      if (/^[ \t]/.test(line) && last !== null) {
        const more = line.trim() === '.' ? '' : line.replace(/^[ \t]/, '');
        fields.set(last, `${fields.get(last)}\n${more}`);
      } else {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        last = line.slice(0, colon).trim().toLowerCase();
        fields.set(last, line.slice(colon + 1).trim());
      }
    }
    if (fields.size > 0) out.push(fields);
  }
  return out;
}

/** The licence of the `code`-eng dictionary (`deu`), or null when the file does not say. */
export function dictLicence(copyrightFile: string, code: string): DictLicence | null {
  const all = paragraphs(copyrightFile);
  const pattern = `${code}-eng/*`;
  const own = all.find((p) => (p.get('files') ?? '').split(/\s+/).includes(pattern));
  if (!own) return null;
  const [license = 'unknown', ...comment] = (own.get('license') ?? '').split('\n');
  const copyright = (own.get('copyright') ?? '').replace(/\n\s*/g, ', ');
  const text = all.find((p) => !p.has('files') && p.get('license')?.split('\n')[0] === license)?.get('license');
  const notice = [
    `FreeDict ${code}-eng dictionary (https://freedict.org/)`,
    `Copyright: ${copyright}`,
    `License: ${license}`,
    ...comment.map((l) => ` ${l}`.trimEnd()),
    ...(text ? ['', ...text.split('\n').slice(1)] : []),
  ].join('\n');
  return { license, copyright, notice };
}
