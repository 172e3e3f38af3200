import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/tatodesk/client';
import { SIMULATOR_API_KEY } from '@/lib/tatodesk/contract/simulator-key';
import { adapterFor, citizen, simulatorSuite } from './harness';

const suite = simulatorSuite({}, { timeoutMs: 10_000, retries: 2 });

const TIMEOUT_MS = 600;
afterEach(async () => {
  await suite.control.clearFaults();
  await suite.control.clearLog();
});

const calls = async (endpoint: string) => (await suite.control.log()).filter((entry) => entry.endpoint === endpoint);

async function openSlot() {
  const scope = { unitId: 501, serviceTypeId: 305 };
  const day = (await suite.tatodesk.listDates(scope)).find((d) => d.vacancies > 0);
  const [period] = await suite.tatodesk.listPeriods({ ...scope, date: day!.date });
  const [slot] = await suite.tatodesk.listSlots({ ...scope, date: day!.date, periodId: period!.id });
  return { ...scope, companyId: 101, date: day!.date, time: slot!.time, client: citizen, answers: [] };
}

describe('the HTTP client against a failing upstream', () => {
  it('is refused with a bad API key', async () => {
    const wrongKey = await adapterFor(suite.sim.url, { apiKey: 'not-the-simulator-key' });
    await expect(wrongKey.listCompanies()).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('reports a 401 the upstream answers mid-session as unauthorized', async () => {
    await suite.control.fault('listCompaniesByUser', { status: 401 });
    await expect(suite.tatodesk.listCompanies()).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('calls a body that breaks the schema a broken contract', async () => {
    await suite.control.fault('listCompaniesByUser', { malformed: true });
    await expect(suite.tatodesk.listCompanies()).rejects.toMatchObject({ kind: 'contract' });
  });

  it('gives up on a hang in about the timeout, not later', async () => {
    const impatient = await adapterFor(suite.sim.url, { timeoutMs: TIMEOUT_MS, retries: 2 });
    await suite.control.fault('listSchedulingDates', { hang: true });
    const started = performance.now();
    const error = await impatient.listDates({ unitId: 501, serviceTypeId: 305 }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ kind: 'unavailable' });
    // A correctness bound, not a speed target: retries must stay inside the call's budget.
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 3);
  });

  it('retries a read through passing 5xx answers', async () => {
    await suite.control.fault('listCompaniesByUser', { status: 503, times: 2 });
    expect(await suite.tatodesk.listCompanies()).toHaveLength(5);
    expect((await calls('listCompaniesByUser')).map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('stops retrying a read after the configured attempts', async () => {
    await suite.control.fault('listCompaniesByUser', { status: 500 });
    await expect(suite.tatodesk.listCompanies()).rejects.toMatchObject({ kind: 'unavailable', status: 500 });
    expect(await calls('listCompaniesByUser')).toHaveLength(3);
  });

  it('never retries a create after a 5xx', async () => {
    const booking = await openSlot();
    await suite.control.fault('createAppointment', { status: 503, times: 1 });
    await expect(suite.tatodesk.createAppointment(booking)).rejects.toMatchObject({ kind: 'unavailable', status: 503 });
    expect(await calls('createAppointment')).toHaveLength(1);
    const report = await suite.tatodesk.getInPersonReport({
      from: booking.date,
      to: booking.date,
      unitIds: [501],
      page: 0,
    });
    expect(report.total).toBe(0);
  });

  it('never retries a notification send', async () => {
    await suite.control.fault('sendSms', { status: 502 });
    await expect(
      suite.tatodesk.sendSms({ templateId: 'booking-confirmation', phone: '19987654321', parameters: {} }),
    ).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(await calls('sendSms')).toHaveLength(1);
  });

  it('maps a slot taken meanwhile to its own kind', async () => {
    await suite.control.fault('createAppointment', { slotTaken: true, times: 1 });
    await expect(suite.tatodesk.createAppointment(await openSlot())).rejects.toMatchObject({
      kind: 'slot-unavailable',
    });
  });

  it('adds latency without failing when the budget allows', async () => {
    await suite.control.fault('listCompaniesByUser', { latencyMs: 150, times: 1 });
    expect(await suite.tatodesk.listCompanies()).toHaveLength(5);
  });
});

describe('what a failed create proves', () => {
  it.each(['hang', 'drop', 'corrupt', 'error'] as const)(
    'a create that booked but whose answer was lost (%s) proves nothing: the outcome is unknown',
    async (effect) => {
      const impatient = await adapterFor(suite.sim.url, { timeoutMs: TIMEOUT_MS, retries: 2 });
      const booking = await openSlot();
      const before = (await suite.control.appointments()).length;
      await suite.control.fault('createAppointment', { afterEffect: effect, times: 1 });
      const error = await impatient.createAppointment(booking).catch((e: unknown) => e);
      expect(impatient.isTatodeskError(error)).toBe(true);
      expect((error as { provesNothingDone: boolean }).provesNothingDone).toBe(false);
      // It did book: exactly what the app must find before it creates again.
      expect((await suite.control.appointments()).length).toBe(before + 1);
    },
  );

  it('a refusal proves nothing was booked: a slot taken, a 4xx, a refused key, a limit', async () => {
    const booking = await openSlot();
    for (const fault of [{ slotTaken: true }, { status: 400 }, { status: 401 }, { status: 429 }]) {
      await suite.control.fault('createAppointment', { ...fault, times: 1 });
      const error = await suite.tatodesk.createAppointment(booking).catch((e: unknown) => e);
      expect(error).toMatchObject({ provesNothingDone: true });
    }
  });

  it('a 5xx does not: a proxy in front of a busy upstream may answer it after the work', async () => {
    await suite.control.fault('createAppointment', { status: 503, times: 1 });
    const error = await suite.tatodesk.createAppointment(await openSlot()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unavailable', provesNothingDone: false, turnedAway: true });
  });
});

describe('one deadline for a whole request', () => {
  it('shares the request deadline across calls, and does not send a call with no time left', async () => {
    const requestStarted = Date.now();
    const call = createClient({
      baseUrl: suite.sim.url,
      apiKey: SIMULATOR_API_KEY,
      timeoutMs: 5000,
      retries: 0,
      requestDeadline: () => requestStarted + 700,
    });
    await suite.control.fault('listCompaniesByUser', { latencyMs: 400 });
    // The first call fits; the second has what is left of the request, not a budget of its own.
    await expect(call('listCompaniesByUser', {})).resolves.toBeDefined();
    await expect(call('listCompaniesByUser', {})).rejects.toMatchObject({ kind: 'unavailable', notSent: false });
    await expect(call('listCompaniesByUser', {})).rejects.toMatchObject({
      kind: 'unavailable',
      notSent: true,
      provesNothingDone: true,
    });
    // Bounded by the request, far below the 5 s a call alone could take.
    expect(Date.now() - requestStarted).toBeLessThan(3000);
  });
});
