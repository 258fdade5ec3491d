// `npm run train`: fits the matcher's learned decisions on every labelled case in seeds/cases (or --cases DIR)
// and writes lib/learn/model.json (or --out FILE). With --hold-out NAME[,NAME…] it fits without those cases.
// --kind also fits the kind model (off by default: it scored below the plain rule under CV). --skip NAME[,NAME]
// fits with refine passes off. Deterministic: the same cases give byte-identical JSON. Prints what it fitted and how long it took.
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCase, trainModel } from './train-model.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const casesDir = resolve(value('--cases') ?? join(root, 'seeds', 'cases'));
const out = resolve(value('--out') ?? join(root, 'lib', 'learn', 'model.json'));
const held = new Set((value('--hold-out') ?? '').split(',').filter(Boolean));
const skip = (value('--skip') ?? '').split(',').filter(Boolean);
const names = readdirSync(casesDir).filter((n) => existsSync(join(casesDir, n, 'gold.json')) && !held.has(n)).sort();
if (names.length === 0) {
  console.error(`train: no labelled cases (folders with gold.json) in ${casesDir}`);
  process.exit(2);
}
const t0 = performance.now();
const model = trainModel(names.map((n) => loadCase(casesDir, n)), skip, args.includes('--kind'));
writeFileSync(out, JSON.stringify(model, null, 1) + '\n');
console.log(`train: ${model.about}`);
console.log(`train: link threshold ${model.link?.threshold}, region threshold ${model.region?.threshold}; wrote ${out} in ${Math.round(performance.now() - t0)} ms`);
