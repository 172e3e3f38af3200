import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * The servers tests and the bench start on loopback (the app, the simulator, Redis): a free port,
 * a process group of its own (stopped whole: tsx runs the simulator in a child), and a wait until
 * it answers.
 */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export type Spawned = {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr (when `capture`). */
  output: () => string;
  /** As a crash would: no chance to finish what it was doing. The whole group, resolved once gone. */
  kill: () => Promise<void>;
};

const spawned: Spawned[] = [];
let exitHooked = false;

/** `node` with these arguments and environment, its own process group; killed when this process exits. */
export function spawnNode(args: string[], env: Record<string, string | undefined>, { capture = false } = {}): Spawned {
  const child = spawn('node', args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', capture ? 'pipe' : 'ignore', capture ? 'pipe' : 'inherit'],
    detached: true,
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const kill = () =>
    new Promise<void>((resolve) => {
      if (gone()) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    });
  const handle = { child, output: () => printed, kill };
  spawned.push(handle);
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', () => {
      for (const { child: c } of spawned) {
        try {
          process.kill(-c.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    });
  }
  return handle;
}

/** Waits until `url` answers below 500 (`ok`: a 2xx), or fails when the process exits or `timeoutMs` passes. */
export async function waitForHttp(url: string, child: ChildProcess, { ok = false, timeoutMs = 90_000 } = {}) {
  for (let waited = 0; waited < timeoutMs; waited += 250) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited`);
    try {
      const status = (await fetch(url, { signal: AbortSignal.timeout(5000) })).status;
      if (ok ? status < 300 : status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not start`);
}
