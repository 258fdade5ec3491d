// `claimdiff archive add --db FILE SOURCE...`: puts source documents in the archive. Each SOURCE's title, date,
// outlet, URL and kind come from a sidecar JSON file beside it (`NAME.txt.json` or `NAME.json`) and from the
// options, which win. Every file and sidecar is read and checked before anything is written, so a bad one leaves
// the archive as it was.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { NewSource } from '../server/types.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { CliIo } from './claimdiff.ts';
import { openArchive } from './open-archive.ts';
import type { ArchiveCommand } from './parse-archive-args.ts';
import { readInput } from './read-input.ts';

const sidecarSchema = z
  .object({
    title: z.string().nullish(),
    date: z.string().nullish(),
    outlet: z.string().nullish(),
    url: z.string().nullish(),
    kind: z.enum(['transcript', 'statement', 'speech', 'original']).nullish(),
  })
  .passthrough();

/** The sidecar of `path`, if there is one: `story.txt.json`, else `story.json`. */
function findSidecar(path: string): string | undefined {
  const candidates = [`${path}.json`, path.replace(/\.[^./\\]+$/, '.json')].filter((p) => p !== path);
  return candidates.find((p) => existsSync(p));
}

function readSidecar(path: string): z.infer<typeof sidecarSchema> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`sidecar ${path} is not readable JSON: ${(error as Error).message}`, EXIT.badInput);
  }
  const parsed = sidecarSchema.safeParse(value);
  if (!parsed.success)
    throw new CliError(
      `sidecar ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`,
      EXIT.badInput,
    );
  return parsed.data;
}

export async function runArchiveAdd(command: Extract<ArchiveCommand, { name: 'archive-add' }>, io: CliIo) {
  const sources: NewSource[] = command.sources.map((path) => {
    const text = readInput(path, 'SOURCE');
    const sidecarPath = findSidecar(path);
    const sidecar = sidecarPath ? readSidecar(sidecarPath) : {};
    return {
      text,
      path: resolve(path),
      kind: command.meta.kind ?? sidecar.kind ?? 'transcript',
      title: command.meta.title ?? sidecar.title ?? null,
      date: command.meta.date ?? sidecar.date ?? null,
      outlet: command.meta.outlet ?? sidecar.outlet ?? null,
      url: command.meta.url ?? sidecar.url ?? null,
    };
  });
  const store = await openArchive(command.db, { create: true });
  try {
    for (const [i, source] of sources.entries()) {
      const { source: stored, added } = await store.addSource(source);
      io.stdout(`${added ? 'added' : 'already archived'} ${stored.id} ${command.sources[i]}\n`);
    }
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
