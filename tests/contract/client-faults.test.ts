import { afterEach, describe, expect, it } from 'vitest';
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
  const [slot] = await suite.tatodesk.listSlots({ ...scope, date: day!.date, period: 'morning' });
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
    expect(await suite.tatodesk.listCompanies()).toHaveLength(4);
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
    expect(await suite.tatodesk.listCompanies()).toHaveLength(4);
  });
});
