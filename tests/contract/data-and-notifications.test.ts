import { describe, expect, it } from 'vitest';
import { simulatorSuite } from './harness';

const suite = simulatorSuite();

describe('Data API', () => {
  it('reports the day at a unit, with status filters and pages', async () => {
    const day = { from: '2026-12-01', to: '2026-12-01', unitIds: [501] };
    const all = await suite.tatodesk.getInPersonReport({ ...day, page: 0 });
    expect(all.total).toBeGreaterThan(5);
    expect(all.rows.every((r) => r.unit.id === 501 && r.date === '2026-12-01')).toBe(true);
    expect(new Set(all.rows.map((r) => r.status)).size).toBeGreaterThan(1);

    const finished = await suite.tatodesk.getInPersonReport({ ...day, statuses: ['finished'], page: 0 });
    expect(finished.rows.every((r) => r.status === 'finished')).toBe(true);
    expect(finished.rows[0]?.serviceMinutes).toBeGreaterThan(0);

    const second = await suite.tatodesk.getInPersonReport({ ...day, page: 1, limit: 4 });
    expect(second).toMatchObject({ page: 1, limit: 4, total: all.total });
    expect(second.rows.map((r) => r.protocol)).toEqual(all.rows.slice(4, 8).map((r) => r.protocol));
  });

  it('“waited more than N minutes” lists exactly those who waited more than N (operation 3, Greater)', async () => {
    const day = { from: '2026-12-01', to: '2026-12-01', unitIds: [501], page: 0 };
    const all = (await suite.tatodesk.getInPersonReport(day)).rows;
    const waits = all.map((r) => r.waitingMinutes).filter((m): m is number => m !== undefined);
    expect(new Set(waits).size).toBeGreaterThan(2);
    for (const n of [0, ...waits, 30]) {
      const listed = (await suite.tatodesk.getInPersonReport({ ...day, waitedMoreThan: n })).rows.map(
        (r) => r.protocol,
      );
      expect(listed.sort()).toEqual(
        all
          .filter((r) => (r.waitingMinutes ?? -1) > n)
          .map((r) => r.protocol)
          .sort(),
      );
    }
  });

  it('filters the report by minutes waited (so far, for those still waiting) and by a service answer', async () => {
    const day = { from: '2026-12-01', to: '2026-12-01', unitIds: [501], page: 0 };
    const waited = await suite.tatodesk.getInPersonReport({ ...day, waitedMoreThan: 0 });
    expect(waited.total).toBeGreaterThan(0);
    expect(waited.rows.every((r) => (r.waitingMinutes ?? 0) > 0)).toBe(true);
    expect((await suite.tatodesk.getInPersonReport({ ...day, waitedMoreThan: 100_000 })).total).toBe(0);

    const scope = { companyId: 103, unitId: 507, serviceTypeId: 311 };
    const dates = await suite.tatodesk.listDates(scope);
    const date = dates.find((d) => d.vacancies > 1)!.date;
    const [slot] = await suite.tatodesk.listSlots({ ...scope, date, periodId: 1 }); // the simulator's morning (its List Periods says so);
    const client = { name: 'Priscila Prioridade', cpf: '52998224725', email: 'p@exemplo.com.br', phone: '65999990000' };
    const priority = await suite.tatodesk.createAppointment({
      ...scope,
      date,
      time: slot!.time,
      client,
      answers: [{ key: 'priority', value: 'true' }],
    });
    const other = await suite.tatodesk.createAppointment({ ...scope, date, time: slot!.time, client, answers: [] });
    const found = await suite.tatodesk.getInPersonReport({
      from: date,
      to: date,
      unitIds: [507],
      answer: { key: 'priority', value: 'true' },
      page: 0,
    });
    expect(found.rows.map((r) => r.protocol)).toContain(priority.protocol);
    expect(found.rows.map((r) => r.protocol)).not.toContain(other.protocol);
  });

  it('rejects a report whose dates are the wrong way round', async () => {
    await expect(
      suite.tatodesk.getInPersonReport({ from: '2026-12-02', to: '2026-12-01', page: 0 }),
    ).rejects.toMatchObject({
      kind: 'rejected',
    });
  });

  it('finds a protocol across platforms', async () => {
    const [row] = (await suite.tatodesk.getInPersonReport({ from: '2026-12-01', to: '2026-12-01', page: 0, limit: 1 }))
      .rows;
    const hits = await suite.tatodesk.searchProtocol(row!.protocol);
    expect(hits).toEqual([
      expect.objectContaining({ platform: 'in-person', protocol: row!.protocol, id: row!.attendanceId }),
    ]);
    expect(await suite.tatodesk.searchProtocol('00000000000000')).toEqual([]);
    // A protocol of another platform: found here, unknown to Query Appointment.
    expect(await suite.tatodesk.searchProtocol('20261130500001')).toEqual([
      expect.objectContaining({
        platform: 'digital',
        statusLabel: 'Concluído',
        createdAt: '2026-11-30T14:12:00-03:00',
      }),
    ]);
    await expect(suite.tatodesk.getAppointment('20261130500001')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('notifications', () => {
  const parameters = { name: 'Maria', protocol: '20261201000001' };

  it('sends e-mail, WhatsApp and SMS, which the simulator records', async () => {
    expect(
      await suite.tatodesk.sendEmail({
        templateId: 'booking-confirmation',
        to: { email: 'maria@exemplo.com.br' },
        parameters,
      }),
    ).toBeTruthy();
    await suite.tatodesk.sendWhatsApp({ templateId: 'booking-confirmation', phone: '19987654321', parameters });
    await suite.tatodesk.sendSms({
      templateId: 'booking-confirmation',
      phone: '19987654321',
      parameters,
      metadata: { source: 'booking' },
    });
    const sent = await suite.control.notifications();
    expect(sent.map((n) => [n.channel, n.to])).toEqual([
      ['email', 'maria@exemplo.com.br'],
      ['whatsapp', '5519987654321'],
      ['sms', '5519987654321'],
    ]);
  });

  it('rejects an unknown template', async () => {
    await expect(
      suite.tatodesk.sendSms({ templateId: 'nope', phone: '19987654321', parameters }),
    ).rejects.toMatchObject({
      kind: 'rejected',
      upstreamMessage: 'unknown template nope',
    });
  });

  it('uploads media to a URL that serves the same bytes', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 test');
    const { mediaId, url } = await suite.tatodesk.uploadMedia(new Blob([bytes], { type: 'application/pdf' }), 'rg.pdf');
    expect(mediaId).toMatch(/^[0-9a-f-]{36}$/);
    expect(url.startsWith(suite.sim.url)).toBe(true);
    const served = await fetch(url);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
  });
});
