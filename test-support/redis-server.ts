import { spawn, type ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { freePort } from './processes';

export { freePort } from './processes';

/**
 * A throwaway redis-server on loopback, for the tests of the Redis store and limiters; on a given
 * port to bring one back where it was stopped.
 */
export async function startRedis(at?: number): Promise<{ url: string; port: number; stop: () => Promise<void> }> {
  const port = at ?? (await freePort());
  const server: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {}); // refused until the server is up: the loop below retries
  for (let tries = 0; ; tries++) {
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch (error) {
      if (tries > 50) throw error;
      probe.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  probe.disconnect();
  return {
    url,
    port,
    stop: () =>
      new Promise((resolve) =>
        server.exitCode !== null ? resolve() : (server.once('exit', () => resolve()), server.kill()),
      ),
  };
}
