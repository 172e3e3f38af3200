import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from './processes';

/**
 * A Redis primary, a replica and three sentinels on loopback, from Debian's redis-server (which
 * runs as a sentinel with `--sentinel`): for the failover tests. The sentinels call the primary
 * `name`, judge it down after a second of silence, and agree on a switch with two votes of three.
 */
export async function startSentinelSet(name = 'booking') {
  const dir = mkdtempSync(join(tmpdir(), 'sentinel-'));
  const children: ChildProcess[] = [];
  const run = (args: string[]) => {
    const child = spawn('redis-server', args, { stdio: 'ignore' });
    children.push(child);
    return child;
  };
  const server = (port: number, extra: string[] = []) =>
    run(['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...extra]);
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const nodes = new Map<number, ChildProcess>([
    [primaryPort, server(primaryPort)],
    [replicaPort, server(replicaPort, ['--replicaof', '127.0.0.1', String(primaryPort)])],
  ]);
  await answers(primaryPort);
  await answers(replicaPort);
  const sentinels: { host: string; port: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    const conf = join(dir, `sentinel-${port}.conf`);
    writeFileSync(
      conf,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `sentinel monitor ${name} 127.0.0.1 ${primaryPort} 2`,
        `sentinel down-after-milliseconds ${name} 1000`,
        `sentinel failover-timeout ${name} 4000`,
        `sentinel parallel-syncs ${name} 1`,
        '',
      ].join('\n'),
    );
    run([conf, '--sentinel']);
    sentinels.push({ host: '127.0.0.1', port });
  }
  for (const s of sentinels) await answers(s.port);

  /** Every replica's link to the primary is up: its first sync is over, it acknowledges writes. */
  const synced = async () => {
    const primaryPort = await primary();
    for (const port of nodes.keys()) {
      if (port === primaryPort) continue;
      const node = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: 1 });
      const info = await node.info('replication').catch(() => '');
      node.disconnect();
      if (!/master_link_status:up/.test(info)) return false;
    }
    return true;
  };

  /** The primary as the sentinels name it now. */
  const primary = async (): Promise<number> => {
    const sentinel = new Redis(sentinels[0]!.port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await sentinel.connect();
      const [, port] = (await sentinel.call('SENTINEL', 'get-master-addr-by-name', name)) as [string, string];
      return Number(port);
    } finally {
      sentinel.disconnect();
    }
  };

  return {
    name,
    sentinels,
    primary,
    /** Every sentinel sees the replica (so that a switch has somewhere to go), and it is in sync. */
    ready: async () => {
      // Sentinels find each other by hellos every two seconds: on a busy machine that takes a
      // while. Bounded by the clock, under the tests' one-minute set-up.
      const until = Date.now() + 50_000;
      let seen = '';
      while (Date.now() < until) {
        const sentinel = new Redis(sentinels[0]!.port, '127.0.0.1', { maxRetriesPerRequest: 1 });
        const replicas = (await sentinel.call('SENTINEL', 'replicas', name).catch(() => [])) as unknown[];
        const peers = (await sentinel.call('SENTINEL', 'sentinels', name).catch(() => [])) as unknown[];
        sentinel.disconnect();
        const inSync = replicas.length >= 1 && (await synced());
        if (peers.length >= 2 && inSync) return;
        seen = `${peers.length} other sentinels, ${replicas.length} replicas, ${inSync ? 'in sync' : 'not in sync'}`;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`the sentinels did not find each other and the replica (${seen})`);
    },
    /** As a crash would: the primary gone without a word. */
    killPrimary: async () => {
      const port = await primary();
      const child = nodes.get(port)!;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
      return port;
    },
    /**
     * A node killed earlier started again on its port, as a replica of the primary the sentinels
     * now name (as the configuration the sentinels rewrite would start it). Resolves once synced.
     */
    revive: async (port: number) => {
      nodes.set(port, server(port, ['--replicaof', '127.0.0.1', String(await primary())]));
      await answers(port);
      const node = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: 1 });
      try {
        for (let waited = 0; waited < 30_000; waited += 200) {
          const info = await node.info('replication').catch(() => '');
          if (/role:slave/.test(info) && /master_link_status:up/.test(info)) return;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        throw new Error(`the revived node on ${port} did not become a replica`);
      } finally {
        node.disconnect();
      }
    },
    /** The replica stopped (SIGSTOP), as one too slow to answer: what is returned lets it go on. */
    stallReplica: async () => {
      const primaryPort = await primary();
      const [, replica] = [...nodes].find(([port]) => port !== primaryPort)!;
      replica.kill('SIGSTOP');
      return () => void replica.kill('SIGCONT');
    },
    /** A planned switch (`SENTINEL FAILOVER`), as an operator does before maintenance. */
    failover: async () => {
      const sentinel = new Redis(sentinels[1]!.port, '127.0.0.1', { maxRetriesPerRequest: 1 });
      try {
        await sentinel.call('SENTINEL', 'failover', name);
      } finally {
        sentinel.disconnect();
      }
    },
    stop: async () => {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGKILL');
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function answers(port: number) {
  const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  for (let tries = 0; ; tries++) {
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return;
    } catch (error) {
      probe.disconnect();
      if (tries > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
