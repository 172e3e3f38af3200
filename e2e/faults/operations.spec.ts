import type { APIRequestContext } from '@playwright/test';
import { expect, newCitizen, test } from '../fixtures';
import { leaseTime, protocolsHeldBy, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { FAULTS_SIMULATOR_URL, UNCACHED_APP_URL } from '../fixtures/env';
import { lookupFormFields } from '../fixtures/forms';
import { startInstance, startRedis } from '../fixtures/instances';

/**
 * What the people who run it use: liveness and readiness for the load balancer, Prometheus
 * metrics, and a log line for an error the citizen sees a reference of.
 */

const TOKEN = 'metrics-token-for-the-e2e-tests';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

/** An instance's metrics, read with the token, as Prometheus scrapes them. */
const readMetrics = async (request: APIRequestContext, url: string) => {
  const response = await request.get(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  return response.text();
};
/** One series' value in a scrape (0 when it has not been counted yet). */
const value = (text: string, series: string) =>
  Number(
    text
      .split('\n')
      .find((line) => line.startsWith(`${series} `))
      ?.split(' ')[1] ?? 0,
  );

const probe = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url);
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
};

test('health answers while the process runs; ready says which of Redis, Tatodesk and the job queue is down, and recovers', async ({
  request,
  simulator,
}) => {
  const redis = await startRedis();
  const instance = await startInstance({
    REDIS_URL: redis.url,
    READY_UPSTREAM_CACHE_SECONDS: '0',
    METRICS_TOKEN: TOKEN,
  });
  let restarted: Awaited<ReturnType<typeof startRedis>> | undefined;
  try {
    expect(await probe(request, `${instance.url}/api/health`)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await probe(request, `${instance.url}/api/ready`)).toEqual({
      status: 200,
      body: { status: 'ready', checks: { store: 'ok', upstream: 'ok', queue: 'ok' }, store: 'redis' },
    });

    // Tatodesk failing its cheap read: not ready, and it says so in a word.
    await simulator.fault('listCompaniesByUser', { status: 503 });
    await expect
      .poll(async () => probe(request, `${instance.url}/api/ready`))
      .toEqual({
        status: 503,
        body: { status: 'not-ready', checks: { store: 'ok', upstream: 'down', queue: 'ok' }, store: 'redis' },
      });
    await simulator.clearFaults();

    // Redis gone: the store and the queue are down, the process is still alive.
    await redis.stop();
    await expect
      .poll(async () => probe(request, `${instance.url}/api/ready`))
      .toEqual({
        status: 503,
        body: { status: 'not-ready', checks: { store: 'down', upstream: 'ok', queue: 'down' }, store: 'redis' },
      });
    const notReady = await (await request.get(`${instance.url}/api/ready`)).text();
    // No address, key or error text in what a probe reads.
    expect(notReady).not.toMatch(/127\.0\.0\.1|redis:\/\/|localhost|api-key|demo-simulator-key|ECONNREFUSED/);
    expect(await probe(request, `${instance.url}/api/health`)).toEqual({ status: 200, body: { status: 'ok' } });
    // A citizen's page meanwhile: an answer from the store's fail-soft path, which the metrics count.
    expect((await request.get(`${instance.url}/`)).status()).toBeLessThan(500);

    restarted = await startRedis(redis.port);
    await expect
      .poll(async () => (await probe(request, `${instance.url}/api/ready`)).status, { timeout: 30_000 })
      .toBe(200);
    // What the operators watch across a failover: the connection lost, its attempts, and back.
    const text = await readMetrics(request, instance.url);
    const labels = 'service="booking"';
    expect(value(text, `store_connection_events_total{event="lost",${labels}}`)).toBeGreaterThanOrEqual(1);
    expect(value(text, `store_connection_events_total{event="reconnecting",${labels}}`)).toBeGreaterThanOrEqual(1);
    expect(value(text, `store_connection_events_total{event="back",${labels}}`)).toBeGreaterThanOrEqual(1);
    expect(value(text, `store_unavailable_total{${labels}}`)).toBeGreaterThanOrEqual(1);
  } finally {
    await instance.kill();
    await restarted?.stop();
    await redis.stop();
  }
});

test('behind a proxy with no shared store, the start says so in one line and ready reports the store in-process', async ({
  request,
}) => {
  // The instances' settings with the shared store taken away: REDIS_URL set to nothing is not set.
  const instance = await startInstance({ REDIS_URL: '', TRUST_PROXY: '1' });
  try {
    const said = instance
      .output()
      .split('\n')
      .filter((line) => line.includes('no shared store behind a proxy'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('REDIS_SENTINELS');
    expect(await probe(request, `${instance.url}/api/ready`)).toEqual({
      status: 200,
      body: { status: 'ready', checks: { store: 'not-configured', upstream: 'ok', queue: 'ok' }, store: 'in-process' },
    });
  } finally {
    await instance.kill();
  }
});

test('/metrics is off by default, asks for its token, and counts upstream calls, a booking and a limited lookup', async ({
  page,
  request,
  simulator,
}) => {
  expect((await request.get(`${UNCACHED_APP_URL}/metrics`)).status()).toBe(404);
  const instance = await startInstance({ METRICS_TOKEN: TOKEN, LOOKUP_MAX_FAILURES: '2' });
  const metrics = () => readMetrics(request, instance.url);
  try {
    expect((await request.get(`${instance.url}/metrics`)).status()).toBe(401);
    const wrong = await request.get(`${instance.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}!` } });
    expect(wrong.status()).toBe(401);

    const citizen = newCitizen('Olga Operação');
    const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy, instance.url);
    await booking.confirm();
    const protocol = await booking.protocol();
    expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);

    // Three wrong lookups from one client, as a browser without JavaScript posts them: the third is limited.
    const form = lookupFormFields(await (await request.get(`${instance.url}/appointments`)).text());
    const answers: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await request.post(`${instance.url}/appointments`, {
        headers: { 'x-forwarded-for': '203.0.113.77' },
        multipart: { ...form, protocol, cpf: newCitizen().cpf, contact: 'alguem@exemplo.com.br' },
      });
      answers.push(await answer.text());
    }
    expect(answers[2]).toContain('Muitas tentativas');

    const text = await metrics();
    const labels = 'service="booking"';
    expect(value(text, `booking_creates_total{outcome="booked",${labels}}`)).toBe(1);
    expect(value(text, `tatodesk_calls_total{endpoint="createAppointment",outcome="ok",${labels}}`)).toBe(1);
    expect(value(text, `booking_limited_total{what="lookup",${labels}}`)).toBeGreaterThanOrEqual(1);
    expect(value(text, `booking_cache_reads_total{cache="catalogue",result="hit",${labels}}`)).toBeGreaterThan(0);
    expect(value(text, `booking_cache_reads_total{cache="availability",result="miss",${labels}}`)).toBeGreaterThan(0);
    expect(text).toContain('tatodesk_call_duration_seconds_count{service="booking",endpoint="createAppointment"} 1');
    expect(text).toContain('process_cpu_seconds_total');
    // Nothing of the person: no CPF, no protocol, no e-mail.
    expect(text).not.toContain(citizen.cpf);
    expect(text).not.toContain(protocol);
    expect(text).not.toContain('@');
  } finally {
    await instance.kill();
  }
});

test('the upstream address is not in what a probe or Prometheus reads', async ({ request }) => {
  const instance = await startInstance({ METRICS_TOKEN: TOKEN });
  try {
    const bodies = await Promise.all([
      request.get(`${instance.url}/api/ready`).then((r) => r.text()),
      request.get(`${instance.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.text()),
    ]);
    for (const body of bodies) expect(body).not.toContain(new URL(FAULTS_SIMULATOR_URL).host);
  } finally {
    await instance.kill();
  }
});
