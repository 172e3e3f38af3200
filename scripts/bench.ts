/**
 * `npm run bench`: what a booking costs the organisation's Tatodesk key and what a rush does to
 * it, measured on the production build (run `npm run build` first: this builds nothing). Starts
 * the simulator and the app on loopback (two instances on one Redis with `--redis`), and prints:
 *
 * - upstream calls per complete booking on a three-period unit, warm catalogue, by endpoint
 *   (notification sends listed apart, not counted);
 * - the herd: N concurrent citizens on one unit's date and time pages for T seconds, page views,
 *   upstream calls per view, and latency;
 * - staleness: a place booked through another channel during the herd, and how long until no
 *   page offers it;
 * - a lookup flood: many addresses at once, and another citizen's home page timed meanwhile;
 * - first-load JavaScript per route (every `<script src>` of the served HTML, deduplicated,
 *   gzipped, `noModule` polyfills left out as a current browser does), against the floor every
 *   page of this build loads whatever it holds (Next's own runtime).
 *
 * Figures go to the console and to reports/bench.json. Loopback only; it stops by itself.
 * Options (environment): BENCH_CITIZENS (300), BENCH_SECONDS (20), BENCH_REDIS=1 (or --redis).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { simulatorControl, type SimLogRecord } from '@/simulator/control-client';
import { lookupFormFields } from '../e2e/fixtures/forms';
import { journeyPages } from '../e2e/fixtures/places';
import { freePort, startRedis } from '../tests/redis-server';

const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WITH_REDIS = process.env.BENCH_REDIS === '1' || process.argv.includes('--redis');
/** The confirmation's sends and the check of the WhatsApp message's delivery: listed apart. */
const SENDS = new Set(['sendEmail', 'sendWhatsApp', 'sendSms', 'notificationsReport']);
/** Central do Cidadão Centro opens three periods; the work-papers service asks one optional question. */
const place = { company: 101, category: 201, serviceType: 303, region: 401, unit: 501 };
const answers = `company=${place.company}&category=${place.category}&serviceType=${place.serviceType}&region=${place.region}&unit=${place.unit}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const children: ChildProcess[] = [];
/** Each server runs in a process group of its own, stopped whole (tsx runs the simulator in a child). */
const stopAll = () =>
  children.forEach((child) => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  });
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });

async function waitFor(url: string, child: ChildProcess) {
  for (let waited = 0; waited < 90_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited`);
    try {
      // Any answer means it listens (the simulator's control routes want its key).
      if ((await fetch(url, { signal: AbortSignal.timeout(5000) })).status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not start`);
}

function start(args: string[], env: Record<string, string>) {
  const child = spawn('node', args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.push(child);
  return child;
}

async function startSimulator() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = start(['node_modules/tsx/dist/cli.mjs', 'simulator/cli.ts'], {
    TATODESK_SIMULATOR_PORT: String(port),
    LOG_LEVEL: 'warn',
  });
  await waitFor(`${url}/__sim/health`, child);
  return url;
}

async function startApp(simulatorUrl: string, redisUrl?: string) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = start(['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    TATODESK_SIMULATOR: '1',
    TATODESK_SIMULATOR_URL: simulatorUrl,
    TRUST_PROXY: '1',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    // The bench measures the journey: no reminder sweep reads the report meanwhile.
    REMINDER_OFFSETS: 'off',
    DELIVERY_CHECK_SECONDS: '1',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });
  await waitFor(`${url}/`, child);
  return url;
}

const byEndpoint = (log: SimLogRecord[]) => {
  const counts: Record<string, number> = {};
  for (const entry of log) counts[entry.endpoint] = (counts[entry.endpoint] ?? 0) + 1;
  return counts;
};

/** A citizen's booking from the date question to the confirmation, as a browser makes it. */
async function book(page: Page, app: string, at: { date: string; hour: string }, n: number) {
  await page.goto(`${app}/book/date?${answers}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goto(`${app}/book/time?${answers}&date=${at.date}`);
  await page.getByRole('radio', { name: new RegExp(`^${at.hour} `) }).check();
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByRole('textbox', { name: 'Nome completo', exact: true }).fill(`Bancada Teste ${n}`);
  await page.getByRole('textbox', { name: 'CPF' }).fill(cpf(n));
  await page.getByRole('textbox', { name: 'E-mail' }).fill(`bancada.${n}@exemplo.com.br`);
  await page.getByRole('textbox', { name: 'Celular' }).fill(`9298${String(1_000_000 + n).slice(-7)}`);
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByRole('button', { name: 'Confirmar agendamento' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agendamento confirmado' }).waitFor({ timeout: 30_000 });
}

/** A valid CPF for each n (check digits computed). */
function cpf(n: number) {
  const base = String(100_000_000 + n * 7919).slice(-9);
  const digit = (digits: string) => {
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (digits.length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    return String(rest === 10 ? 0 : rest);
  };
  const first = digit(base);
  return base + first + digit(base + first);
}

async function bookingCost(app: string, simulatorUrl: string) {
  const simulator = simulatorControl(simulatorUrl);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ locale: 'pt-BR' });
    const lease = () => simulator.lease({ unitID: place.unit, attendanceTypeID: place.serviceType, minVacancies: 1 });
    await book(page, app, await lease(), 1); // warms the catalogue
    await page.context().clearCookies();
    await simulator.clearLog();
    await book(page, app, await lease(), 2);
    await sleep(2500); // the confirmation's sends, and the delivery check a second later, go out after the answer
    const counts = byEndpoint(await simulator.log());
    const upstream = Object.entries(counts).filter(([name]) => !SENDS.has(name));
    return {
      calls: upstream.reduce((sum, [, n]) => sum + n, 0),
      byEndpoint: Object.fromEntries(upstream),
      sends: Object.fromEntries(Object.entries(counts).filter(([name]) => SENDS.has(name))),
    };
  } finally {
    await browser.close();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function herd(apps: string[], simulatorUrl: string) {
  const simulator = simulatorControl(simulatorUrl);
  // The day of the rush: one with a last place, which another channel books halfway through.
  const last = await simulator.lease({ unitID: place.unit, attendanceTypeID: place.serviceType, maxVacancies: 1 });
  const pages = [`/book/date?${answers}`, `/book/time?${answers}&date=${last.date}`];
  // Warm: the catalogue is cached for minutes; the rush is about what is live.
  for (const app of apps) for (const path of pages) await fetch(`${app}${path}`);
  await simulator.clearLog();

  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  const citizen = async (n: number) => {
    const headers = { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
    for (let view = 0; Date.now() < until; view++) {
      const started = Date.now();
      try {
        const response = await fetch(`${apps[(n + view) % apps.length]}${pages[view % 2]}`, {
          headers,
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        if (response.status >= 500) errors++;
      } catch {
        errors++;
      }
      latencies.push(Date.now() - started);
    }
  };
  // Halfway, another channel books the last place. From then on the time page is asked every
  // 100 ms on every instance, each answer noted with when it was asked: the staleness is how long
  // after the booking a request could still be answered with the place on offer (an answer under
  // this load takes seconds, so when it arrives says little about how old its data was).
  const staleness = (async () => {
    await sleep((SECONDS * 1000) / 2);
    await simulator.book({
      companyID: place.company,
      unitID: place.unit,
      attendanceTypeID: place.serviceType,
      date: last.date,
      hour: last.hour,
      client: { name: 'Outro Canal', cpf: cpf(999), email: 'outro.canal@exemplo.com.br', phone: '92981234567' },
    });
    const booked = Date.now();
    const samples: { askedAfter: number; answeredAfter: number; offered: boolean }[] = [];
    const clean = new Set<string>();
    const asking: Promise<void>[] = [];
    while (clean.size < apps.length && Date.now() - booked < 60_000) {
      for (const app of apps) {
        asking.push(
          (async () => {
            const askedAfter = Date.now() - booked;
            const html = await (await fetch(`${app}${pages[1]}`, { signal: AbortSignal.timeout(30_000) })).text();
            const offered = html.includes(`value="${last.hour}"`);
            samples.push({ askedAfter, answeredAfter: Date.now() - booked, offered });
            if (!offered) clean.add(app);
          })().catch(() => undefined),
        );
      }
      await sleep(100);
    }
    await Promise.all(asking);
    const offeredStill = samples.filter((x) => x.offered).map((x) => x.askedAfter);
    const cleanAnswers = samples.filter((x) => !x.offered).map((x) => x.answeredAfter);
    return {
      lastOfferedAskedAfterMs: offeredStill.length ? Math.max(...offeredStill) : 0,
      firstCleanAnsweredAfterMs: cleanAnswers.length ? Math.min(...cleanAnswers) : -1,
      samples: samples.length,
    };
  })();
  const started = Date.now();
  await Promise.all(Array.from({ length: CITIZENS }, (_, n) => citizen(n)));
  const seconds = (Date.now() - started) / 1000;
  const staleMs = await staleness;
  const log = await simulator.log();
  // The page views' reads: the other channel's booking (through the simulator) is not one of them.
  const upstream = log.filter((entry) => !SENDS.has(entry.endpoint) && entry.endpoint !== 'createAppointment');
  latencies.sort((a, b) => a - b);
  return {
    citizens: CITIZENS,
    seconds: Math.round(seconds),
    views: latencies.length,
    viewsPerSecond: Math.round(latencies.length / seconds),
    upstreamCalls: upstream.length,
    callsPerView: Number((upstream.length / Math.max(1, latencies.length)).toFixed(4)),
    byEndpoint: byEndpoint(upstream),
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: latencies.at(-1) ?? 0 },
    errors,
    staleness: staleMs,
  };
}

/**
 * A crowd of lookups from many addresses (each a wrong guess, from an address of its own, so no
 * per-client limit holds them back), and meanwhile another citizen's home page, timed; against
 * the same home page at rest.
 */
async function lookupFlood(app: string, crowd = 150) {
  const html = await (await fetch(`${app}/appointments`)).text();
  const fields = lookupFormFields(html);
  const home = async () => {
    const started = Date.now();
    await (await fetch(`${app}/`, { headers: { 'x-forwarded-for': '10.250.0.1' } })).arrayBuffer();
    return Date.now() - started;
  };
  const atRest = [await home(), await home(), await home()].sort((a, b) => a - b)[1]!;
  const statuses: Record<number, number> = {};
  const lookups = Array.from({ length: crowd }, async (_, n) => {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    body.set('protocol', `20261201${String(900_000 + n)}`);
    body.set('secret', 'ninguem@exemplo.com.br');
    const response = await fetch(`${app}/appointments`, {
      method: 'POST',
      body,
      headers: { 'x-forwarded-for': `10.251.${n >> 8}.${n & 255}` },
    });
    await response.arrayBuffer();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  });
  await sleep(50);
  const during = await home();
  await Promise.all(lookups);
  return { crowd, answers: statuses, homeAtRestMs: atRest, homeDuringMs: during };
}

async function firstLoadJs(app: string, simulatorUrl: string) {
  const manifest = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')) as {
    rootMainFiles: string[];
  };
  const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
  const sizeOf = new Map<string, number>();
  const size = async (src: string) => {
    if (!sizeOf.has(src)) sizeOf.set(src, gz(Buffer.from(await (await fetch(`${app}${src}`)).arrayBuffer())));
    return sizeOf.get(src)!;
  };
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  const floorFiles = manifest.rootMainFiles.map((f) => `/_next/${f}`);
  let floor = 0;
  for (const src of floorFiles) floor += await size(src);
  const at = await simulatorControl(simulatorUrl).lease({ unitID: place.unit, attendanceTypeID: place.serviceType });
  const routes: Record<string, string> = {
    ...journeyPages(place, at),
    lookup: '/appointments',
    staffSignIn: '/staff/sign-in',
  };
  const perRoute: Record<string, number> = {};
  for (const [name, path] of Object.entries(routes)) {
    const html = await (await fetch(`${app}${path}`)).text();
    // What a current browser downloads: `noModule` scripts (polyfills for old ones) are skipped.
    const scripts = new Set(
      [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
        .filter(([, before, , after]) => !/nomodule/i.test(`${before}${after}`))
        .map(([, , src]) => src!),
    );
    let total = 0;
    for (const src of scripts) total += await size(src);
    perRoute[name] = kb(total);
  }
  return { floorKb: kb(floor), perRouteKb: perRoute };
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    console.error('No production build: run `npm run build` first (the bench builds nothing itself).');
    process.exit(1);
  }
  const redis = WITH_REDIS ? await startRedis() : undefined;
  const simulatorUrl = await startSimulator();
  const apps = await Promise.all((WITH_REDIS ? [1, 2] : [1]).map(() => startApp(simulatorUrl, redis?.url)));
  console.log(`bench: ${apps.length} instance(s)${redis ? ' on one Redis' : ''}, the simulator, loopback`);

  const booking = await bookingCost(apps[0]!, simulatorUrl);
  console.log(`upstream calls per booking (three-period unit, warm catalogue): ${booking.calls}`, booking.byEndpoint);
  console.log('  notification sends (not counted):', booking.sends);

  const rush = await herd(apps, simulatorUrl);
  console.log(
    `herd: ${rush.citizens} citizens for ${rush.seconds} s: ${rush.views} views (${rush.viewsPerSecond}/s), ` +
      `${rush.upstreamCalls} upstream calls = ${rush.callsPerView} per view; ` +
      `p50 ${rush.latencyMs.p50} ms, p95 ${rush.latencyMs.p95} ms, ${rush.errors} errors`,
    rush.byEndpoint,
  );
  console.log(
    `staleness: a place booked elsewhere was still offered to a request made ${rush.staleness.lastOfferedAskedAfterMs} ms ` +
      `after the booking, and not to any made later; the first answer without it came after ` +
      `${rush.staleness.firstCleanAnsweredAfterMs} ms (${rush.staleness.samples} requests watched)`,
  );

  const flood = await lookupFlood(apps[0]!);
  console.log(
    `lookup flood: ${flood.crowd} lookups at once from as many addresses, answered`,
    flood.answers,
    `; another citizen's home page took ${flood.homeDuringMs} ms meanwhile (${flood.homeAtRestMs} ms at rest)`,
  );

  const js = await firstLoadJs(apps[0]!, simulatorUrl);
  console.log(`first-load JS, gzipped (floor, Next's own: ${js.floorKb} kB):`, js.perRouteKb);

  const report = {
    at: new Date().toISOString(),
    instances: apps.length,
    redis: Boolean(redis),
    availabilityTtlMs: Number(process.env.AVAILABILITY_TTL_MS ?? 1500),
    booking,
    herd: rush,
    lookupFlood: flood,
    firstLoadJs: js,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('written: reports/bench.json');
  stopAll();
  await redis?.stop();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  stopAll();
  process.exit(1);
});
