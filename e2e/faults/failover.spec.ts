import { randomBytes } from 'node:crypto';
import type { Browser, Cookie } from '@playwright/test';
import type { SimulatorControl } from '@/simulator/control-client';
import { startSentinelSet } from '@/test-support/redis-sentinel';
import { expect, newCitizen, test, type Citizen } from '../fixtures';
import { bookElsewhere, leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { startInstance, type Instance } from '../fixtures/instances';
import { inssNoronha } from '../fixtures/places';

// Redis fails over under two app instances (REDIS_SENTINELS): a primary, a replica and three
// sentinels on loopback, from Debian's redis-server. Citizens confirm on one instance while the
// balancer replays each confirm on the other; mid-wave the primary is killed (SIGKILL), and in a
// second wave an operator switches it over (SENTINEL FAILOVER); then a reminder falls due as the
// primary dies again. Nothing may be booked twice, nobody told anything false, no page uncalm.

test.afterEach(async ({ simulator }) => {
  await simulator.setClock(null);
});

const CITIZENS_PER_WAVE = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What an answer to a confirm says, from its own words. */
const said = {
  confirmed: /Agendamento confirmado/,
  notBooked: /Nada foi agendado|seu agendamento não foi feito|Nada foi reservado/,
};
type Answer = { status: number; text: string; at: number; instance: string };

/** A page the citizen can read: the app's own layout, and not a server error. */
const calm = (answer: Answer) => answer.status !== 500 && answer.text.includes('id="main"');

/** The words of a page around a place in its HTML, tags left out. */
const textAround = (html: string, at: number) =>
  html
    .slice(Math.max(0, at - 300), at + 300)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

type Prepared = { citizen: Citizen; fields: Record<string, string>; path: string; address: string; cookies: Cookie[] };

/** Citizens at the check page of a time of their own, in browsers of their own (three at a time). */
async function prepare(browser: Browser, simulator: SimulatorControl, origin: string, label: string) {
  const citizens = Array.from({ length: CITIZENS_PER_WAVE }, (_, i) => newCitizen(`Failover ${label} ${i + 1}`));
  const prepared: Prepared[] = [];
  for (let at = 0; at < citizens.length; at += 3) {
    prepared.push(
      ...(await Promise.all(
        citizens.slice(at, at + 3).map(async (citizen) => {
          const address = `fd00::${randomBytes(6).toString('hex').match(/.{4}/g)!.join(':')}`;
          const context = await browser.newContext({
            javaScriptEnabled: false,
            locale: 'pt-BR',
            extraHTTPHeaders: { 'x-forwarded-for': address },
          });
          try {
            const page = await context.newPage();
            await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy, origin);
            const form = page
              .locator('form')
              .filter({ has: page.getByRole('button', { name: 'Confirmar agendamento' }) });
            const fields = Object.fromEntries(
              await form.evaluate((f: HTMLFormElement) => [...new FormData(f)].map(([k, v]) => [k, String(v)])),
            ) as Record<string, string>;
            const url = new URL(page.url());
            // The draft's cookie travels with each confirm, as the browser would send it.
            return { citizen, fields, path: `${url.pathname}${url.search}`, address, cookies: await context.cookies() };
          } finally {
            await context.close();
          }
        }),
      )),
    );
  }
  return prepared;
}

/** One confirm as a browser without JavaScript posts it, to one instance. */
async function confirm(browser: Browser, who: Prepared, instance: Instance): Promise<Answer> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': who.address } });
  await context.addCookies(who.cookies);
  try {
    const response = await context.request.post(`${instance.url}${who.path}`, {
      multipart: who.fields,
      headers: { origin: instance.url },
      timeout: 30_000,
    });
    return { status: response.status(), text: await response.text(), at: Date.now(), instance: instance.url };
  } catch (error) {
    return { status: 0, text: String(error), at: Date.now(), instance: instance.url };
  } finally {
    await context.close();
  }
}

type Tally = {
  attempts: number;
  booked: number;
  duplicates: number;
  misled: string[];
  uncalm: string[];
  readyAfterSwitchMs: number;
  /** What those never booked were told, each different answer once. */
  unbooked: string[];
};

/**
 * A wave: each citizen confirms on the first instance while the balancer replays it on the
 * second, one citizen every 400 ms; `disrupt` runs as the third confirms. Then each presses
 * again (on the first) until the confirmation shows, as a citizen told to try again would.
 */
async function wave(
  browser: Browser,
  simulator: SimulatorControl,
  [one, two]: Instance[],
  label: string,
  disrupt: () => Promise<void>,
): Promise<Tally> {
  const prepared = await prepare(browser, simulator, one!.url, label);
  const answers = new Map<Prepared, Answer[]>(prepared.map((p) => [p, []]));
  let disrupted: Promise<void> | undefined;
  const first = prepared.map(async (who, i) => {
    await sleep(i * 400);
    if (i === 2) disrupted = disrupt();
    answers.get(who)!.push(...(await Promise.all([confirm(browser, who, one!), confirm(browser, who, two!)])));
  });
  await Promise.all(first);
  await disrupted;
  // The switch is over when both instances are ready again.
  const switched = Date.now();
  const lastReady = new Map<Instance, string>();
  const ready = async (instance: Instance) => {
    const response = await fetch(`${instance.url}/api/ready`);
    lastReady.set(instance, `${response.status} ${await response.text()}`);
    return response.status;
  };
  try {
    await expect.poll(async () => [await ready(one!), await ready(two!)], { timeout: 60_000 }).toEqual([200, 200]);
  } catch (error) {
    // What each instance's readiness said last, and what it logged: which check stayed down, and why.
    for (const instance of [one!, two!])
      test.info().attach(`instance ${instance.url}`, {
        body: `${lastReady.get(instance)}\n\n${instance.output().slice(-20_000)}`,
        contentType: 'text/plain',
      });
    throw error;
  }
  const readyAfterSwitchMs = Date.now() - switched;
  // Whoever was not shown a confirmation presses again, in a browser, as told: at once after a
  // calm "try again", after the stated seconds when asked to wait (the proof of work without JavaScript).
  for (const who of prepared) {
    const seen = answers.get(who)!;
    if (seen.some((a) => said.confirmed.test(a.text))) continue;
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'pt-BR',
      extraHTTPHeaders: { 'x-forwarded-for': who.address },
    });
    await context.addCookies(who.cookies);
    const page = await context.newPage();
    try {
      await page.goto(`${one!.url}${who.path}`);
      for (let tries = 0; tries < 10; tries++) {
        const answered = page.waitForResponse((r) => r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Confirmar agendamento' }).click();
        const response = await answered;
        await page.waitForLoadState();
        const answer = { status: response.status(), text: await page.content(), at: Date.now(), instance: one!.url };
        seen.push(answer);
        if (said.confirmed.test(answer.text)) break;
        const wait = /Aguarde (\d+) segundos?/.exec(answer.text);
        await sleep(wait ? (Number(wait[1]) + 1) * 1000 : 1000);
        if (!(await page.getByRole('button', { name: 'Confirmar agendamento' }).count()))
          await page.goto(`${one!.url}${who.path}`);
      }
    } finally {
      await context.close();
    }
  }

  const appointments = await simulator.appointments();
  const tally: Tally = {
    attempts: 0,
    booked: 0,
    duplicates: 0,
    misled: [],
    uncalm: [],
    readyAfterSwitchMs,
    unbooked: [],
  };
  for (const [who, seen] of answers) {
    tally.attempts += seen.length;
    const held = appointments.filter((a) => a.client.cpf === who.citizen.cpf && a.statusID !== 5);
    if (held.length === 1) tally.booked++;
    if (held.length !== 1)
      tally.unbooked.push(
        `${who.citizen.name}: ${[...new Set(seen.map((a) => `${a.status} ${textAround(a.text, a.text.indexOf('<h1') + 300).slice(0, 160)}`))].join(' | ')}`,
      );
    if (held.length > 1) tally.duplicates++;
    for (const answer of seen) {
      if (!calm(answer)) tally.uncalm.push(`${who.citizen.name}: ${answer.status} ${answer.text.slice(0, 120)}`);
      // "Nothing was booked" while a booking already existed misleads; a later one does not.
      const heldThen = held.filter((a) => Date.parse(a.bookedAt ?? a.createdAt) <= answer.at);
      const notBooked = said.notBooked.exec(answer.text);
      if (notBooked && heldThen.length > 0)
        tally.misled.push(
          `${who.citizen.name} told nothing was booked while ${heldThen[0]!.protocol} was (answer ${seen.indexOf(answer) + 1} of ${seen.length}, ${answer.instance}, ${answer.status}: "${textAround(answer.text, notBooked.index)}")`,
        );
      const shown = said.confirmed.test(answer.text) ? /\b\d{14}\b/.exec(answer.text)?.[0] : undefined;
      if (shown && !held.some((a) => a.protocol === shown))
        tally.misled.push(`${who.citizen.name} shown ${shown}, not held`);
    }
  }
  return tally;
}

test('Redis fails over under two instances: a killed primary, then a planned switch, then a reminder due as the primary dies; nothing twice, nobody misled, every page calm', async ({
  browser,
  simulator,
}) => {
  test.setTimeout(480_000);
  const set = await startSentinelSet();
  const instances: Instance[] = [];
  try {
    await set.ready();
    const env = {
      REDIS_URL: '',
      REDIS_SENTINELS: set.sentinels.map((s) => `${s.host}:${s.port}`).join(','),
      REDIS_SENTINEL_NAME: set.name,
      REMINDER_OFFSETS: '24h',
      REMINDER_SWEEP_SECONDS: '1',
    };
    instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));

    // Wave 1: the primary killed as the third citizen confirms; its supervisor starts it again
    // (compose's `restart: unless-stopped`), and the sentinels make it the new primary's replica.
    const crash = await wave(browser, simulator, instances, 'Queda', async () => {
      const before = await set.primary();
      const killed = await set.killPrimary();
      await expect
        .poll(() => set.primary().catch(() => before), { timeout: 30_000, intervals: [200] })
        .not.toBe(before);
      await set.revive(killed);
    });

    // Wave 2: an operator's planned switch as the third citizen confirms.
    const planned = await wave(browser, simulator, instances, 'Troca', async () => {
      const before = await set.primary();
      await set.failover();
      await expect.poll(() => set.primary(), { timeout: 30_000, intervals: [200] }).not.toBe(before);
    });

    // A reminder falls due on the upstream's clock, and the primary dies at once.
    const citizen = newCitizen('Failover Lembrete');
    const at = await leaseTime(simulator, inssNoronha);
    const protocol = await bookElsewhere(simulator, inssNoronha, at, citizen, { whatsapp: true, sms: true });
    const visit = Date.parse(`${at.date}T${at.hour}:00-02:00`);
    await simulator.setClock(new Date(visit - 24 * 3_600_000 + 30_000).toISOString());
    const before = await set.primary();
    await set.killPrimary();
    await expect.poll(() => set.primary().catch(() => before), { timeout: 30_000, intervals: [200] }).not.toBe(before);
    const reminders = async () =>
      (await simulator.notifications())
        .filter((n) => n.metadata?.protocol === protocol && n.metadata.kind === 'reminder-24h')
        .map((n) => n.channel)
        .sort();
    await expect.poll(reminders, { timeout: 60_000 }).toEqual(['email', 'whatsapp']);
    // More sweeps on both instances find it sent: it goes once.
    const sweeps = async () => (await simulator.log()).filter((e) => e.endpoint === 'inPersonReport').length;
    const seen = await sweeps();
    await expect.poll(sweeps, { timeout: 60_000 }).toBeGreaterThanOrEqual(seen + 4);
    expect(await reminders()).toEqual(['email', 'whatsapp']);

    for (const [name, t] of [
      ['killed primary', crash],
      ['planned failover', planned],
    ] as const)
      console.log(
        `${name}: ${CITIZENS_PER_WAVE} citizens, ${t.attempts} confirms (replays and presses again included), ` +
          `${t.booked} booked, ${t.duplicates} booked twice, ${t.misled.length} misled, ${t.uncalm.length} pages not calm, ` +
          `both instances ready ${(t.readyAfterSwitchMs / 1000).toFixed(1)} s after the switch`,
      );
    for (const t of [crash, planned]) {
      expect(t.duplicates).toBe(0);
      expect(t.misled).toEqual([]);
      expect(t.uncalm).toEqual([]);
      expect(t.unbooked).toEqual([]);
      expect(t.booked).toBe(CITIZENS_PER_WAVE);
    }
  } finally {
    await Promise.all(instances.map((i) => i.kill()));
    await set.stop();
  }
});
