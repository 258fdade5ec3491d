// `npm run test:stress`: nothing saved is lost (issue 5). (1) Saves comparisons in a burst through the HTTP API,
// kills the server with SIGKILL in the middle of the burst, restarts it on the same database file, and checks that
// every save the server acknowledged is there and that SQLite's integrity check passes. (2) Two server processes
// write to one database file at once: no corruption, and every acknowledged save is readable from both.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startNextServer, type NextServer } from './next-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimdiff-saves-'));
const servers: NextServer[] = [];
after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(db: string): Promise<NextServer> {
  const server = await startNextServer({ ...process.env, NEXT_TELEMETRY_DISABLED: '1', CLAIMDIFF_DB: db });
  servers.push(server);
  return server;
}

/** A small, distinct comparison: the matcher runs on every save, so the texts stay short. */
function body(n: number) {
  return {
    title: `burst ${n}`,
    report: { text: `"The city will spend ${n} million dollars on parks," the mayor said.`, title: `report ${n}` },
    source: { text: `Mayor: The city will spend ${n} million dollars on parks. We will plant trees.`, title: `source ${n}` },
  };
}

/** Saves `count` comparisons, `parallel` at a time; returns the ids acknowledged with 201 and counts the rest. */
async function burst(url: string, from: number, count: number, parallel: number, onAck?: (acked: number) => void) {
  const acked = new Map<string, string>();
  let failed = 0;
  let next = from;
  const worker = async () => {
    while (next < from + count) {
      const n = next++;
      try {
        const response = await fetch(`${url}/api/comparisons`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body(n)),
        });
        const json = (await response.json()) as { id?: string };
        if (response.status === 201 && json.id) {
          acked.set(json.id, `burst ${n}`);
          onAck?.(acked.size);
        } else failed++;
      } catch {
        failed++; // the connection died with the server
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { acked, failed };
}

async function missingSaves(url: string, acked: Map<string, string>): Promise<string[]> {
  const missing: string[] = [];
  for (const [id, title] of acked) {
    const response = await fetch(`${url}/api/comparisons/${id}`);
    const json = response.ok ? ((await response.json()) as { title?: string }) : {};
    if (!response.ok || json.title !== title) missing.push(`${id} (${response.status})`);
  }
  return missing;
}

function integrity(db: string): string {
  const handle = new Database(db, { readonly: true });
  try {
    return String(handle.pragma('integrity_check', { simple: true }));
  } finally {
    handle.close();
  }
}

test('a server killed with SIGKILL mid-burst loses no acknowledged save and leaves an intact database', async () => {
  const db = join(dir, 'crash.db');
  const first = await start(db);
  let killing: Promise<void> | null = null;
  // Kill once 40 saves are acknowledged, while the other requests are still in flight.
  const { acked, failed } = await burst(first.url, 0, 400, 8, (n) => {
    if (n >= 40 && !killing) killing = first.kill();
  });
  await killing;
  assert.ok(acked.size >= 40, `saves acknowledged before the kill: ${acked.size}`);
  const second = await start(db);
  const missing = await missingSaves(second.url, acked);
  console.log(`crash test: saves acknowledged ${acked.size}, found after the crash ${acked.size - missing.length}, requests cut off by the kill ${failed}`);
  assert.deepEqual(missing, []);
  await second.stop();
  assert.equal(integrity(db), 'ok');
});

test('two server processes writing to one database file do not corrupt it', async () => {
  const db = join(dir, 'shared.db');
  const [a, b] = await Promise.all([start(db), start(db)]);
  const [fromA, fromB] = await Promise.all([burst(a.url, 1000, 60, 4), burst(b.url, 2000, 60, 4)]);
  const acked = new Map([...fromA.acked, ...fromB.acked]);
  const missing = [...(await missingSaves(a.url, acked)), ...(await missingSaves(b.url, acked))];
  console.log(`two writers: saves acknowledged ${acked.size} of 120 (refused ${fromA.failed + fromB.failed}), each readable from both servers: ${missing.length === 0}`);
  assert.deepEqual(missing, []);
  assert.equal(fromA.failed + fromB.failed, 0, 'no save is refused');
  await Promise.all([a.stop(), b.stop()]);
  assert.equal(integrity(db), 'ok');
});
