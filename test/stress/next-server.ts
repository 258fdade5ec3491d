// Starts `next start` on a free loopback port for the stress tests, in a process group of its own so that it can be
// stopped, or killed mid-work, together with the workers it started. Builds first when there is no build.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const nextBin = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface NextServer {
  url: string;
  child: ChildProcess;
  /** SIGTERM to the group, SIGKILL after 5 s; resolves once the server has exited. */
  stop(): Promise<void>;
  /** SIGKILL to the group at once, as a crash would; resolves once the server has exited. */
  kill(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds the worker bundle and the app when they are missing (npm test builds them before the stress tests). */
export function ensureBuilt(env: NodeJS.ProcessEnv): void {
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (!existsSync(join(root, 'dist', 'align-worker.mjs'))) run(['scripts/build-cli.mjs']);
  if (!existsSync(join(root, '.next', 'BUILD_ID'))) {
    console.log('stress: no production build (.next/BUILD_ID), running next build first');
    assert.equal(run([nextBin, 'build']).status, 0, 'next build');
  }
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

export async function startNextServer(env: NodeJS.ProcessEnv): Promise<NextServer> {
  ensureBuilt(env);
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(url, child, 60_000);
  const signal = async (name: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, name);
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { url, child, stop: () => signal('SIGTERM', 5000), kill: () => signal('SIGKILL', 0) };
}
