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
 * - Lighthouse mobile (median of 3) on each citizen page beside the floor page, both served through
 *   nginx with the deployment's compression (BENCH_LIGHTHOUSE=0: left out);
 * - the server's cost: views a second of a question page on one instance beside the floor page's,
 *   and the floor's behind the nonce policy Next documents;
 * - first-load JavaScript per route, gzipped, beside the floor (a bare Next page with one
 *   server-action form, built here) and each route's budget: the measure of `npm run budget`.
 *
 * Figures go to the console and to reports/bench.json. Loopback only; it stops by itself.
 * Options (environment): BENCH_CITIZENS (300), BENCH_SECONDS (20), BENCH_REDIS=1 (or --redis).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { simulatorControl } from '@/simulator/control-client';
import { numberedCitizen } from '@/test-support/citizens';
import { startRedis } from '@/test-support/redis-server';
import { FULL_CHROMIUM, lighthouse } from './bench/lighthouse';
import { startProxy } from './bench/nginx';
import { herd, lookupFlood } from './bench/rush';
import {
  answers,
  byEndpoint,
  place,
  SENDS,
  sleep,
  startAppServer,
  startFloor,
  startSimulator,
  WITH_REDIS,
} from './bench/setup';
import { sideBySide, sideBySideLines } from './bench/side-by-side';
import { againstFloor } from './budget/budgets';
import { buildFloor, firstLoadBytes, FLOOR_CSP_APP, floorBytes } from './budget/measure';
import { journeyPages, manausVehicleInspection } from '../e2e/fixtures/places';

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

/** A citizen's booking from the date question to the confirmation, as a browser makes it. */
async function book(page: Page, app: string, at: { date: string; hour: string }, n: number) {
  await page.goto(`${app}/book/date?${answers}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goto(`${app}/book/time?${answers}&date=${at.date}`);
  await page.getByRole('radio', { name: new RegExp(`^${at.hour} `) }).check();
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByRole('textbox', { name: 'Nome completo', exact: true }).fill(`Bancada Teste ${n}`);
  await page.getByRole('textbox', { name: 'CPF' }).fill(numberedCitizen(n).cpf);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(`bancada.${n}@exemplo.com.br`);
  await page.getByRole('textbox', { name: 'Celular' }).fill(`9298${String(1_000_000 + n).slice(-7)}`);
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByRole('button', { name: 'Confirmar agendamento' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agendamento confirmado' }).waitFor({ timeout: 30_000 });
}

async function bookingCost(app: string, simulatorUrl: string) {
  const simulator = simulatorControl(simulatorUrl);
  const browser = await chromium.launch({
    executablePath: FULL_CHROMIUM,
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

/** First-load JavaScript per route beside the floor, as `npm test`'s budget check measures it. */
function firstLoadJs() {
  const floor = floorBytes();
  const rows = againstFloor(firstLoadBytes(), floor);
  const kbOf = (bytes: number) => Number((bytes / 1024).toFixed(1));
  return {
    floorKb: kbOf(floor),
    perRoute: Object.fromEntries(
      rows.map((row) => [
        row.route,
        { kb: kbOf(row.bytes), timesFloor: Number(row.ratio.toFixed(3)), budget: row.budget },
      ]),
    ),
  };
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    console.error('No production build: run `npm run build` first (the bench builds nothing itself).');
    process.exit(1);
  }
  const redis = WITH_REDIS ? await startRedis() : undefined;
  const simulatorUrl = await startSimulator();
  const servers = await Promise.all((WITH_REDIS ? [1, 2] : [1]).map(() => startAppServer(simulatorUrl, redis?.url)));
  const apps = servers.map((server) => server.url);
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

  // The server's cost of a question page beside a bare dynamic page: views a second on one instance.
  // Beside the floor behind the nonce policy Next documents: what a nonce alone costs a bare page.
  const js = firstLoadJs(); // builds the floor page, which is then served beside the app
  buildFloor(FLOOR_CSP_APP);
  const [floorServer, floorCsp] = [await startFloor(), await startFloor(FLOOR_CSP_APP)];
  const views = await sideBySide([
    { name: 'the floor (a bare dynamic Next page)', url: `${floorServer.url}/`, group: floorServer.group },
    { name: 'the floor with a nonce policy (Next docs)', url: `${floorCsp.url}/`, group: floorCsp.group },
    { name: 'a question page', url: `${apps[0]!}/book/category?company=${place.company}`, group: servers[0]!.group },
  ]);
  floorCsp.stop();
  // Lighthouse on each citizen page beside the floor page (BENCH_LIGHTHOUSE=0 leaves it out),
  // both served through nginx as deployed: the proxy compresses, the app does not.
  const proxy = await startProxy({ app: apps[0]!, floor: floorServer.url });
  const at = await simulatorControl(simulatorUrl).lease({ unitID: place.unit, attendanceTypeID: place.serviceType });
  // The question pages where each offers a real choice (the bench's place has one unit in its
  // region, so its unit page goes straight on to the calendar); the day, time and details at the place.
  const questions = journeyPages(manausVehicleInspection, at);
  const citizenPages = Object.entries({
    ...journeyPages(place, at),
    ...pick(questions, ['category', 'serviceType', 'region', 'unit']),
    lookup: '/appointments',
  }).map(([name, path]) => [name, `${proxy.urls.app}${path}`] as const);
  const scores =
    process.env.BENCH_LIGHTHOUSE === '0'
      ? undefined
      : lighthouse({ floor: `${proxy.urls.floor}/`, ...Object.fromEntries(await notRedirected(citizenPages)) });
  if (scores) {
    console.log('Lighthouse, mobile, median of 3 (the floor first):');
    console.table(scores);
  }
  proxy.stop();
  floorServer.stop();
  const [floorViews, , questionViews] = views;
  const serverCost = {
    views,
    ratio: Number((questionViews!.meanPerSecond / Math.max(1, floorViews!.meanPerSecond)).toFixed(2)),
  };
  console.log(
    'views a second, one instance, 16 clients asking for gzip (the floors compress, as Next does by default; the app leaves it to nginx), two rounds each, side by side:',
  );
  for (const line of sideBySideLines(views)) console.log(`  ${line}`);

  console.log(`first-load JS, gzipped, beside the floor (a bare Next page: ${js.floorKb} kB):`);
  console.table(js.perRoute);

  const report = {
    at: new Date().toISOString(),
    instances: apps.length,
    redis: Boolean(redis),
    availabilityTtlMs: Number(process.env.AVAILABILITY_TTL_MS ?? 1500),
    booking,
    herd: rush,
    lookupFlood: flood,
    firstLoadJs: js,
    serverCost,
    lighthouse: scores,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('written: reports/bench.json');
  await redis?.stop();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

function pick<T extends object, K extends keyof T>(from: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

/** The pages as they are: one that sends the browser on measures another page, so it stops the bench. */
async function notRedirected<T extends readonly [string, string]>(pages: T[]): Promise<T[]> {
  for (const [name, url] of pages) {
    const response = await fetch(url, { redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status >= 300)
      throw new Error(
        `the ${name} page answers ${response.status} (to ${response.headers.get('location')}): it would measure another page`,
      );
  }
  return pages;
}
