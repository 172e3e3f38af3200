import { readdirSync, readFileSync } from 'node:fs';
import type { SimLogRecord } from '@/simulator/control-client';
import { BACKGROUND_CALLS } from '@/test-support/background-calls';
import { freePort, spawnNode, waitForHttp } from '@/test-support/processes';
import { FLOOR_APP } from '../budget/measure';

/** What every measure of the bench shares: its options, the place it books at, and the servers it starts on loopback. */
export const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 300);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
export const WITH_REDIS = process.env.BENCH_REDIS === '1' || process.argv.includes('--redis');
/** The confirmation's sends, the receipt's files they carry, the check of the WhatsApp message's delivery, the journey's events: listed apart. */
export const SENDS = new Set(BACKGROUND_CALLS);
/** Central do Cidadão Centro opens three periods; the work-papers service asks one optional question. */
export const place = { company: 101, category: 201, serviceType: 303, region: 401, unit: 501 };
export const answers = `company=${place.company}&category=${place.category}&serviceType=${place.serviceType}&region=${place.region}&unit=${place.unit}`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export async function startSimulator() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child } = spawnNode(['node_modules/tsx/dist/cli.mjs', 'simulator/cli.ts'], {
    TATODESK_SIMULATOR_PORT: String(port),
    LOG_LEVEL: 'warn',
  });
  // Any answer means it listens (the simulator's control routes want its key).
  await waitForHttp(`${url}/__sim/health`, child);
  return url;
}

/** The app's server, with its process group (to read the CPU time it spends). */
export async function startAppServer(simulatorUrl: string, redisUrl?: string, dir = '.') {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child } = spawnNode(
    ['node_modules/next/dist/bin/next', 'start', dir, '-p', String(port), '--keepAliveTimeout', '65000'],
    {
      TATODESK_SIMULATOR: '1',
      TATODESK_SIMULATOR_URL: simulatorUrl,
      TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      // The bench measures the journey: no reminder sweep reads the report meanwhile.
      REMINDER_OFFSETS: 'off',
      DELIVERY_CHECK_SECONDS: '1',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    },
  );
  await waitForHttp(`${url}/`, child);
  return { url, group: child.pid! };
}

/** Upstream calls counted by endpoint. */
export const byEndpoint = (log: SimLogRecord[]) => {
  const counts: Record<string, number> = {};
  for (const entry of log) counts[entry.endpoint] = (counts[entry.endpoint] ?? 0) + 1;
  return counts;
};

/** The floor page's server (scripts/bench/floor-app, or another floor, built first), to measure beside the app. */
export async function startFloor(app = FLOOR_APP) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child } = spawnNode(['node_modules/next/dist/bin/next', 'start', app, '-p', String(port)], {
    NEXT_TELEMETRY_DISABLED: '1',
  });
  await waitForHttp(`${url}/`, child);
  return { url, group: child.pid!, stop: () => child.kill('SIGTERM') };
}

/**
 * The CPU time (ms, user and system) spent so far by every process of a group (Linux /proc): a
 * server's cost, however busy the rest of the machine is.
 */
export function cpuMs(group: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // After the command's closing parenthesis: state, ppid, pgrp, …, utime (14th field), stime (15th).
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}
/** Linux's USER_HZ: 100 on every architecture Node runs on. */
const CLOCK_TICKS = 100;
