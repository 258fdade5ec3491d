// `npm run build:packs`: rewrites seeds/packs/*.json, the shipped lesson packs, from the seed texts and the current
// matcher (scripts/shipped-packs.ts). Run it after an intended matcher change and read the diff of the keys.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKS_DIR, PACK_SPECS, ROOT, buildShippedPack, stringifyPack } from './shipped-packs.ts';

mkdirSync(PACKS_DIR, { recursive: true });
for (const spec of PACK_SPECS) {
  const pack = buildShippedPack(spec);
  const path = join(PACKS_DIR, `${spec.slug}.json`);
  writeFileSync(path, stringifyPack(pack));
  console.log(`${relative(ROOT, path)}: ${pack.key.length} key items, ${pack.exercises.length} exercises`);
}
