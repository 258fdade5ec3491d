// The table format of a dictionary into English, one entry a line: the headword, a tab, its English glosses
// (CC-CEDICT's built table, cedict-glosses.json; an imported FreeDict table, server/dict/). Lines without a
// headword are skipped.

/** Headword → glosses, from the lines of a gloss table. */
export function readGlossTable(text: string): Map<string, string> {
  const glosses = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) glosses.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return glosses;
}
