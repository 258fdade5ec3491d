// The shipped lesson packs cannot drift from the matcher: each committed file in seeds/packs/ is exactly what
// scripts/build-packs.ts builds now (after an intended matcher change, run `npm run build:packs` and read the diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PACKS_DIR, PACK_SPECS, buildShippedPack, stringifyPack } from '../scripts/shipped-packs.ts';
import { shippedPackSchema } from '../server/packs/pack-schema.ts';

test('seeds/packs holds one file per pack the build script knows, and no other', () => {
  assert.deepEqual(readdirSync(PACKS_DIR).sort(), PACK_SPECS.map((s) => `${s.slug}.json`).sort());
});

for (const spec of PACK_SPECS)
  test(`seeds/packs/${spec.slug}.json is what the build script makes, and passes the schema`, () => {
    const committed = readFileSync(join(PACKS_DIR, `${spec.slug}.json`), 'utf8');
    assert.equal(committed, stringifyPack(buildShippedPack(spec)), 'run `npm run build:packs`');
    const parsed = shippedPackSchema.safeParse(JSON.parse(committed));
    assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
  });

test('the Xinhua pack asks about the lead’s changed quote and what the story left out', () => {
  const pack = buildShippedPack(PACK_SPECS[0]!);
  const report = readFileSync(join(PACKS_DIR, '..', '..', pack.report.file), 'utf8');
  const asked = pack.key.filter((k) => pack.exercises.includes(k.id));
  const lead = asked.find(
    (k) =>
      k.label === 'quote-changed' &&
      report.slice(k.spans[0]!.start, k.spans[0]!.end).startsWith('summit for democracy'),
  );
  assert.ok(lead, 'the lead’s quote is an exercise');
  assert.ok(asked.some((k) => k.label === 'left-out'));
});
