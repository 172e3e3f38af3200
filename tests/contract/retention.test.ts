import { describe, expect, it, vi } from 'vitest';
import { adapterFor, FIXED_NOW, simulatorSuite } from './harness';

const suite = simulatorSuite();
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(FIXED_NOW.getTime() - days * DAY_MS).toISOString();

/** The sweep as the scheduled job runs it, with the requests' CRM objects configured. */
async function retentionWith(days: string) {
  await adapterFor(suite.sim.url, {
    settings: {
      CRM_REQUESTS_OBJECT: 'appointment_requests',
      CRM_DATA_REQUESTS_OBJECT: 'data_requests',
      CRM_RETENTION_DAYS: days,
    },
  });
  return import('@/lib/requests/retention');
}

const request = (protocol: string) => ({ protocol, kind: 'cancel', status: 'requested', requestedAt: daysAgo(0) });

describe('the retention of citizens’ requests in the CRM', () => {
  it('deletes a record older than the period, in each object, and keeps a younger one', async () => {
    const { control } = suite;
    const old = await control.crmRecordMadeAt('appointment_requests', request('20251101000001'), daysAgo(400));
    const oldData = await control.crmRecordMadeAt('data_requests', request('20251101000002'), daysAgo(366));
    const young = await control.crmRecordMadeAt('appointment_requests', request('20261101000003'), daysAgo(300));
    const retention = await retentionWith('365');

    const swept = await retention.sweepRetention();
    expect(swept.failed).toBe(0);
    expect(swept.deleted).toBeGreaterThanOrEqual(2);
    const ids = async (object: string) => (await control.crm(object)).map((r) => r.ID);
    expect(await ids('appointment_requests')).not.toContain(old.ID);
    expect(await ids('data_requests')).not.toContain(oldData.ID);
    expect(await ids('appointment_requests')).toContain(young.ID);
    // Deleted with the seed's Delete Object, one call a record.
    const deletes = (await control.log()).filter((call) => call.endpoint === 'deleteObject' && call.status === 200);
    expect(deletes.length).toBe(swept.deleted);
  });

  it('a shorter period reaches the younger record; a failed delete is counted and tried again next time', async () => {
    const { control } = suite;
    const record = await control.crmRecordMadeAt('appointment_requests', request('20261101000004'), daysAgo(45));
    const retention = await retentionWith('30');
    await control.fault('deleteObject', { status: 503 });
    const failing = await retention.sweepRetention();
    expect(failing.failed).toBeGreaterThanOrEqual(1);
    expect((await control.crm('appointment_requests')).map((r) => r.ID)).toContain(record.ID);
    await control.clearFaults();
    await retention.sweepRetention();
    expect((await control.crm('appointment_requests')).map((r) => r.ID)).not.toContain(record.ID);
  });

  it('is scheduled four times a day once a CRM object is configured, and not at all without one', async () => {
    const retention = await retentionWith('365');
    expect(retention.retentionSchedule()).toEqual({ 'crm-retention': 6 * 60 * 60 * 1000 });
    const { handlers } = await import('@/lib/server/workers');
    expect(Object.keys(handlers)).toContain('crm-retention');
    vi.unstubAllEnvs();
    await adapterFor(suite.sim.url);
    expect((await import('@/lib/requests/retention')).retentionSchedule()).toEqual({});
  });
});
