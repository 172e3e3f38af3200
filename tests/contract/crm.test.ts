import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as RequestsModule from '@/lib/requests';
import { citizen, simulatorSuite } from './harness';

type Requests = typeof RequestsModule;

const suite = simulatorSuite();
const OBJECT = 'appointment_requests';
const fields = (protocol: string) => ({
  protocol,
  kind: 'cancel',
  status: 'open',
  requestedAt: '2026-12-01T12:00:00.000Z',
});

describe('CRM objects', () => {
  it('create, list with filters and sort, edit and delete a record', async () => {
    const { createCrmRecord, listCrmRecords, editCrmRecord, deleteCrmRecord } = suite.tatodesk;
    const a = await createCrmRecord(OBJECT, fields('20261201777001'));
    const b = await createCrmRecord(OBJECT, { ...fields('20261201777002'), requestedAt: '2026-12-01T11:00:00.000Z' });
    expect(a).toMatchObject({ id: expect.any(String), fields: { protocol: '20261201777001', status: 'open' } });

    const mine = await listCrmRecords(OBJECT, {
      where: [['protocol', 'eq', '20261201777001']],
    });
    expect(mine.records.map((r) => r.id)).toEqual([a.id]);
    const sorted = await listCrmRecords(OBJECT, { sort: { field: 'requestedAt', order: 'asc' }, limit: 1000 });
    expect(sorted.records.map((r) => r.id).indexOf(b.id)).toBeLessThan(sorted.records.map((r) => r.id).indexOf(a.id));

    const edited = await editCrmRecord(OBJECT, a.id, { status: 'done' });
    expect(edited.fields).toMatchObject({ protocol: '20261201777001', status: 'done' });
    const open = await listCrmRecords(OBJECT, { where: [['status', 'eq', 'open']], limit: 1000 });
    expect(open.records.map((r) => r.id)).not.toContain(a.id);

    await deleteCrmRecord(OBJECT, a.id);
    expect((await listCrmRecords(OBJECT, { where: [['protocol', 'eq', '20261201777001']] })).records).toEqual([]);
    await expect(deleteCrmRecord(OBJECT, a.id)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('refuses a record without the fields the object requires, and an object that does not exist', async () => {
    await expect(suite.tatodesk.createCrmRecord(OBJECT, { protocol: '20261201777003' })).rejects.toMatchObject({
      kind: 'rejected',
      upstreamMessage: expect.stringContaining('required fields missing'),
    });
    await expect(suite.tatodesk.createCrmRecord('no_such_object', fields('1'))).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});

describe('the Ad-hoc Notifications Report', () => {
  it('finds sends by id, channel and metadata, with their delivery', async () => {
    const phone = '68991234001';
    await suite.control.undeliverable('whatsapp', `55${phone}`);
    const metadata = { protocol: '20261201777010', kind: 'confirmation' };
    const parameters = { name: 'Maria' };
    const whatsapp = await suite.tatodesk.sendWhatsApp({
      templateId: 'booking-confirmation',
      phone,
      parameters,
      metadata,
    });
    const email = await suite.tatodesk.sendEmail({
      templateId: 'booking-confirmation',
      to: { email: 'maria.report@exemplo.com.br' },
      parameters,
      metadata,
    });
    const day = { from: '2026-12-01', to: '2026-12-01' };
    const byProtocol = await suite.tatodesk.getNotificationsReport({
      ...day,
      metadata: { key: 'protocol', value: metadata.protocol },
    });
    expect(byProtocol.rows.map((r) => [r.id, r.channel, r.status]).sort()).toEqual(
      [
        [whatsapp, 'whatsapp', 'failed'],
        [email, 'email', 'delivered'],
      ].sort(),
    );
    expect(byProtocol.rows[0]!.metadata).toMatchObject(metadata);
    const byId = await suite.tatodesk.getNotificationsReport({ ...day, ids: [email], channels: ['email'] });
    expect(byId.rows.map((r) => r.id)).toEqual([email]);
    const otherDay = await suite.tatodesk.getNotificationsReport({
      from: '2026-11-30',
      to: '2026-11-30',
      ids: [email],
    });
    expect(otherDay.rows).toEqual([]);
  });
});

describe('release requests', () => {
  let requests: Requests;
  beforeAll(async () => {
    vi.stubEnv('CRM_REQUESTS_OBJECT', OBJECT);
    vi.stubEnv('REQUESTS_EMAIL_TO', 'equipe@exemplo.com.br');
    vi.stubEnv('REQUESTS_EMAIL_TEMPLATE', 'appointment-request');
    vi.resetModules();
    (await import('@/lib/env')).env();
    requests = await import('@/lib/requests');
  });
  const book = async () => {
    const at = await suite.control.lease({ unitID: 504, attendanceTypeID: 307 });
    const protocol = await suite.control.book({
      companyID: 102,
      unitID: 504,
      attendanceTypeID: 307,
      ...at,
      client: citizen,
    });
    const { getAppointment } = await import('@/lib/tatodesk');
    return getAppointment(protocol);
  };

  it('asked twice, at once and again, are recorded once; a new time asked later is linked to it', async () => {
    const appointment = await book();
    const ask = { kind: 'cancel' as const, reason: 'Viagem', language: 'pt-BR' };
    const [one, two] = await Promise.all([
      requests.requestRelease(appointment, ask),
      requests.requestRelease(appointment, ask),
    ]);
    expect([one, two].filter((o) => o.kind === 'recorded' && o.created)).toHaveLength(1);
    const again = await requests.requestRelease(appointment, {
      kind: 'reschedule',
      newProtocol: '20261201999999',
      language: 'pt-BR',
    });
    expect(again).toMatchObject({
      kind: 'recorded',
      created: false,
      request: { kind: 'reschedule', newProtocol: '20261201999999' },
    });
    const records = await suite.control.crm(OBJECT);
    expect(records.filter((r) => r.fields.protocol === appointment.protocol)).toHaveLength(1);
    expect(await requests.findRequest(appointment.protocol)).toMatchObject({ reason: 'Viagem', status: 'open' });
  });

  it('refuse a closed appointment', async () => {
    const appointment = await book();
    await suite.control.setStatus(appointment.protocol, 'finished');
    const { getAppointment } = await import('@/lib/tatodesk');
    const finished = await getAppointment(appointment.protocol);
    expect(await requests.requestRelease(finished, { kind: 'cancel', language: 'pt-BR' })).toEqual({ kind: 'closed' });
  });

  it('are marked done only once Tatodesk no longer holds the appointment as scheduled', async () => {
    const appointment = await book();
    const outcome = await requests.requestRelease(appointment, { kind: 'cancel', language: 'pt-BR' });
    if (outcome.kind !== 'recorded') throw new Error('not recorded');
    const { id } = outcome.request;
    expect(await requests.markDone(id, appointment.protocol, 'recepcao')).toEqual({ kind: 'still-scheduled' });
    await suite.control.setStatus(appointment.protocol, 'cancelled');
    expect(await requests.markDone(id, appointment.protocol, 'recepcao')).toEqual({ kind: 'done' });
    expect(await requests.findRequest(appointment.protocol)).toMatchObject({ status: 'done', doneBy: 'recepcao' });
    expect((await requests.openRequests(0, 1000)).requests.map((r) => r.id)).not.toContain(id);
    expect(await requests.markDone('rec_0', appointment.protocol, 'recepcao')).toEqual({ kind: 'not-found' });
  });
});
