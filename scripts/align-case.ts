// Aligns one labelled case in-process and prints the `align --format json` contract, as the CLI would, but with a
// verifier the CLI does not offer: `node --import tsx scripts/align-case.ts CASE_DIR --verifier oracle [--model
// FILE] [--skip NAMES]`. Used by `npm run eval -- --verifier oracle`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../lib/align.ts';
import { toContract } from '../lib/contract.ts';
import { parseMatcherModel } from '../lib/learn/model.ts';
import { oracleVerifier } from './oracle-verifier.ts';

const args = process.argv.slice(2);
const dir = args[0];
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
if (!dir || opt('--verifier') !== 'oracle') {
  console.error('usage: node --import tsx scripts/align-case.ts CASE_DIR --verifier oracle [--model FILE] [--skip NAMES]');
  process.exit(2);
}
const modelFile = opt('--model');
const model = modelFile ? parseMatcherModel(JSON.parse(readFileSync(modelFile, 'utf8'))) : undefined;
const skip = (opt('--skip') ?? '').split(',').filter(Boolean);
const report = readFileSync(join(dir, 'a.txt'), 'utf8');
const source = readFileSync(join(dir, 'b.txt'), 'utf8');
const result = alignTexts(report, source, { ...(model && { model }), skip, verifier: oracleVerifier(dir) });
process.stdout.write(JSON.stringify(toContract(result)) + '\n');
