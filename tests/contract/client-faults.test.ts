import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '@/lib/tatodesk/simulator/server';
import { adapterFor, citizen, withSimulator, type Adapter, type Control } from './harness';

const TIMEOUT_MS = 600;
let sim: RunningSimulator;
let tatodesk: Adapter;
let control: Control;

beforeAll(async () => {
  // A roomy budget, so that retries are never cut short by a busy machine; the hang test has its own.
  ({ sim, tatodesk, control } = await withSimulator({}, { timeoutMs: 10_000, retries: 2 }));
});
afterEach(async () => {
  await control.clearFaults();
  await control.clearLog();
});
afterAll(() => sim.close());

const calls = async (endpoint: string) => (await control.log()).filter((entry) => entry.endpoint === endpoint);

async function openSlot() {
  const scope = { unitId: 501, serviceTypeId: 305 };
  const [day] = await tatodesk.listDates(scope);
  const [slot] = await tatodesk.listSlots({ ...scope, date: day!.date, period: 'morning' });
  return { ...scope, companyId: 101, date: day!.date, time: slot!.time, client: citizen, answers: [] };
}

describe('the HTTP client against a failing upstream', () => {
  it('is refused with a bad API key', async () => {
    const wrongKey = await adapterFor(sim.url, { apiKey: 'not-the-simulator-key' });
    await expect(wrongKey.listCompanies()).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('reports a 401 the upstream answers mid-session as unauthorized', async () => {
    await control.fault('listCompaniesByUser', { status: 401 });
    await expect(tatodesk.listCompanies()).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('calls a body that breaks the schema a broken contract', async () => {
    await control.fault('listCompaniesByUser', { malformed: true });
    await expect(tatodesk.listCompanies()).rejects.toMatchObject({ kind: 'contract' });
  });

  it('gives up on a hang in about the timeout, not later', async () => {
    const impatient = await adapterFor(sim.url, { timeoutMs: TIMEOUT_MS, retries: 2 });
    await control.fault('listSchedulingDates', { hang: true });
    const started = performance.now();
    const error = await impatient.listDates({ unitId: 501, serviceTypeId: 305 }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ kind: 'unavailable' });
    // A correctness bound, not a speed target: retries must stay inside the call's budget.
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 3);
  });

  it('retries a read through passing 5xx answers', async () => {
    await control.fault('listCompaniesByUser', { status: 503, times: 2 });
    expect(await tatodesk.listCompanies()).toHaveLength(4);
    expect((await calls('listCompaniesByUser')).map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('stops retrying a read after the configured attempts', async () => {
    await control.fault('listCompaniesByUser', { status: 500 });
    await expect(tatodesk.listCompanies()).rejects.toMatchObject({ kind: 'unavailable', status: 500 });
    expect(await calls('listCompaniesByUser')).toHaveLength(3);
  });

  it('never retries a create after a 5xx', async () => {
    const booking = await openSlot();
    await control.fault('createAppointment', { status: 503, times: 1 });
    await expect(tatodesk.createAppointment(booking)).rejects.toMatchObject({ kind: 'unavailable', status: 503 });
    expect(await calls('createAppointment')).toHaveLength(1);
    const report = await tatodesk.getInPersonReport({ from: booking.date, to: booking.date, unitIds: [501], page: 0 });
    expect(report.total).toBe(0);
  });

  it('never retries a notification send', async () => {
    await control.fault('sendSms', { status: 502 });
    await expect(
      tatodesk.sendSms({ templateId: 'booking-confirmation', phone: '19987654321', parameters: {} }),
    ).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(await calls('sendSms')).toHaveLength(1);
  });

  it('maps a slot taken meanwhile to its own kind', async () => {
    await control.fault('createAppointment', { slotTaken: true, times: 1 });
    await expect(tatodesk.createAppointment(await openSlot())).rejects.toMatchObject({ kind: 'slot-unavailable' });
  });

  it('adds latency without failing when the budget allows', async () => {
    await control.fault('listCompaniesByUser', { latencyMs: 150, times: 1 });
    expect(await tatodesk.listCompanies()).toHaveLength(4);
  });
});
