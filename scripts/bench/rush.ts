import { simulatorControl } from '@/simulator/control-client';
import { numberedCitizen } from '@/test-support/citizens';
import { answers, byEndpoint, CITIZENS, cpuMs, place, SECONDS, SENDS, sleep } from './setup';
import { lookupFormFields } from '../../e2e/fixtures/forms';

/** The herd on one unit's date and time pages, and a lookup flood from many addresses: what a rush does. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export async function herd(apps: string[], simulatorUrl: string) {
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
      client: {
        name: 'Outro Canal',
        cpf: numberedCitizen(999).cpf,
        email: 'outro.canal@exemplo.com.br',
        phone: '92981234567',
      },
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
export async function lookupFlood(app: string, crowd = 150) {
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

/**
 * Views per second of one page on one instance: `connections` clients, each asking for the page
 * again as soon as it has the last one (kept-alive connections), for `seconds`. The same load
 * for the app's page and for the floor, one after the other, so the ratio compares them.
 */
export async function viewsPerSecond(
  url: string,
  { connections = 16, seconds = 10, group }: { connections?: number; seconds?: number; group?: number } = {},
) {
  for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();
  const cpuBefore = group === undefined ? 0 : cpuMs(group);
  let views = 0;
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const response = await fetch(url).catch(() => undefined);
        if (!response || response.status >= 400) errors++;
        else views++;
        await response?.arrayBuffer();
      }
    }),
  );
  // The server's own CPU time per view: what a view costs it, whatever else the machine was doing.
  const cpuMsPerView =
    group === undefined ? undefined : Number(((cpuMs(group) - cpuBefore) / Math.max(1, views)).toFixed(2));
  return { views, errors, perSecond: Math.round(views / seconds), cpuMsPerView };
}
