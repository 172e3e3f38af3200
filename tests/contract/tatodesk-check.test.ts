import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { crmFieldsWritten } from '@/lib/requests/crm-fields';
import { checkAccount, toCorrect, type CheckLine } from '@/lib/tatodesk/check';
import { SIMULATOR_API_KEY } from '@/lib/tatodesk/contract/simulator-key';
import { startSimulator, type RunningSimulator } from '@/simulator/server';
import { otherAccountSettings } from '@/simulator/variant';
import { citizen, FIXED_NOW, simulatorSuite } from './harness';

const suite = simulatorSuite();
let samples: string;
beforeAll(async () => {
  samples = await mkdtemp(join(tmpdir(), 'tatodesk-check-'));
});
afterAll(() => rm(samples, { recursive: true, force: true }));
beforeEach(() => suite.control.clearFaults());

const check = (extra: Partial<Parameters<typeof checkAccount>[0]> = {}) =>
  checkAccount({
    baseUrl: suite.sim.url,
    apiKey: SIMULATOR_API_KEY,
    today: '2026-12-01',
    crmObjects: ['appointment_requests'],
    helpLineGroups: [702],
    surveyFormId: 1,
    pulseApp: 'agendamento-web',
    codes: parseEnv({}).tatodesk.codes,
    ...extra,
  });
const lineOf = (lines: CheckLine[], endpoint: CheckLine['endpoint']) =>
  lines.find((l) => l.endpoint === endpoint && !l.assumption)!;
const endpointLines = (lines: CheckLine[]) => lines.filter((l) => !l.assumption);

/** A booking of the test's own at INSS Rio Branco, made through the API as another channel would. */
async function booked() {
  const at = await suite.control.lease({ unitID: 510, attendanceTypeID: 314 });
  return suite.control.book({ companyID: 105, unitID: 510, attendanceTypeID: 314, ...at, client: citizen });
}

describe('npm run tatodesk:check', () => {
  it('walks every read in the chain’s order against the simulator: all OK, nothing created or sent', async () => {
    const protocol = await booked();
    // A message of today's, for the notifications report to hold.
    await suite.tatodesk.sendEmail({
      templateId: 'booking-confirmation',
      parameters: {},
      to: { email: citizen.email },
    });
    const before = (await suite.control.log()).length;
    const lines = await check({ protocol, saveTo: samples });
    expect(lines.filter((l) => l.outcome !== 'ok')).toEqual([]);
    expect(endpointLines(lines).map((l) => l.endpoint)).toEqual([
      'listCompaniesByUser',
      'listUnitsByUser',
      'listClassifications',
      'listCategories',
      'listSchedulingCategories',
      'listServiceTypes',
      'listSchedulingServiceTypes',
      'listFormFields',
      'listSchedulingRegions',
      'listSchedulingUnits',
      'listSchedulingDates',
      'listSchedulingPeriods',
      'listSchedulingHours',
      'inPersonReport',
      'notificationsReport',
      'listObjects',
      'listServiceSchedules',
      'listServiceScheduleExceptions',
      'getSurveyForm',
      'queryAppointment',
      'searchByProtocol',
      'getInPersonService',
    ]);
    const called = (await suite.control.log()).slice(before).map((entry) => entry.endpoint);
    expect(called.filter((name) => /^(create|send|edit|delete|add|upload|register)/.test(name))).toEqual([]);

    // Each raw answer saved, with the person's data redacted.
    const files = await readdir(samples);
    expect(files).toContain('queryAppointment.json');
    const query = await readFile(join(samples, 'queryAppointment.json'), 'utf8');
    expect(query).toContain(protocol);
    for (const personal of [citizen.cpf, citizen.email, citizen.phone, citizen.name]) {
      expect(query).not.toContain(personal);
    }
    expect(JSON.parse(query).body.data.client.cpf).toBe('[redacted 11 chars]');
  });

  it('names a renamed field and a non-numeric id with the value received; what needed them is skipped', async () => {
    await suite.control.fault('listSchedulingDates', { reshape: { rename: { from: 'vacancies', to: 'vagas' } } });
    let lines = await check();
    expect(lineOf(lines, 'listSchedulingDates')).toMatchObject({
      outcome: 'shape',
      detail: expect.stringContaining('data.0.vacancies'),
    });
    expect(lineOf(lines, 'listSchedulingDates').detail).toContain('(received nothing)');
    expect(lineOf(lines, 'listSchedulingPeriods')).toMatchObject({ outcome: 'skipped' });

    await suite.control.clearFaults();
    await suite.control.fault('listSchedulingCategories', {
      reshape: { set: { path: 'data.0.ID', value: 'cat-201' } },
    });
    lines = await check();
    expect(lineOf(lines, 'listSchedulingCategories')).toMatchObject({
      outcome: 'shape',
      detail: 'data.0.ID: expected a numeric id (received "cat-201")',
    });
    expect(lineOf(lines, 'listSchedulingServiceTypes')).toMatchObject({ outcome: 'skipped' });
  });

  it('says which path answered 404', async () => {
    await suite.control.fault('listSchedulingPeriods', { status: 404 });
    const lines = await check();
    expect(lineOf(lines, 'listSchedulingPeriods')).toMatchObject({
      outcome: 'not-found',
      detail: 'POST /v1/in-person/scheduling/periods answered 404',
    });
    expect(lineOf(lines, 'listSchedulingHours')).toMatchObject({ outcome: 'skipped' });
  });

  it('takes what costs nothing to take: an id as a string of digits, an ISO date, fields it does not know', async () => {
    await suite.control.fault('listSchedulingCategories', { reshape: { set: { path: 'data.0.ID', value: '201' } } });
    await suite.control.fault('listSchedulingDates', {
      reshape: { set: { path: 'data.0.date', value: '2026-12-02' } },
    });
    await suite.control.fault('listCompaniesByUser', {
      reshape: { set: { path: 'data.0.newField', value: { x: 1 } } },
    });
    const lines = await check();
    expect(lines.filter((l) => l.outcome !== 'ok' && l.outcome !== 'skipped')).toEqual([]);
  });

  it('sends only with --write, only to the test address, and creates nothing', async () => {
    const before = (await suite.control.notifications()).length;
    await check();
    expect((await suite.control.notifications()).length).toBe(before);
    const lines = await check({
      write: { email: { to: 'ti-teste@exemplo.gov.br', templateId: 'booking-confirmation' } },
    });
    expect(lineOf(lines, 'sendEmail')).toMatchObject({ outcome: 'ok' });
    const sent = (await suite.control.notifications()).slice(before);
    expect(sent.map((n) => n.to)).toEqual(['ti-teste@exemplo.gov.br']);
    // The survey's and Pulse's ways: a test answer, and a test journey's session with one event in it.
    expect((await suite.control.surveyAnswers()).filter((a) => a.reference === 'TATODESK-CHECK')).toHaveLength(1);
    expect((await suite.control.pulse()).filter((p) => p.externalID === 'tatodesk-check')).toHaveLength(1);
  });

  it('with a document, uploads it once and carries it as the receipt goes: in the WhatsApp header, on the e-mail', async () => {
    const before = (await suite.control.notifications()).length;
    const bytes = new TextEncoder().encode('%PDF-1.4 tatodesk:check');
    const lines = await check({
      write: {
        email: { to: 'ti-teste@exemplo.gov.br', templateId: 'booking-confirmation' },
        whatsapp: { phone: '5592991230000', templateId: 'booking-confirmation' },
        document: { bytes, name: 'tatodesk-check.pdf', type: 'application/pdf' },
      },
    });
    for (const name of ['uploadWhatsAppMedia', 'sendEmail', 'sendWhatsApp'] as const)
      expect(lineOf(lines, name), name).toMatchObject({ outcome: 'ok' });
    const sent = (await suite.control.notifications()).slice(before);
    const upload = (await suite.control.media()).find((m) => m.fileName === 'tatodesk-check.pdf')!;
    expect(sent.find((n) => n.channel === 'whatsapp')?.header).toEqual({ type: 'document', id: upload.mediaID });
    expect(sent.find((n) => n.channel === 'email')?.attachments).toEqual([
      { name: 'tatodesk-check.pdf', url: expect.stringContaining(`/media/${upload.mediaID}/`) },
    ]);
    expect(await suite.control.mediaFile(upload.mediaID)).toEqual(bytes);
  });

  it('says so when the WhatsApp template refuses a document header', async () => {
    const lines = await check({
      write: {
        whatsapp: { phone: '5592991230000', templateId: 'booking-reminder' },
        document: { bytes: new Uint8Array([37, 80, 68, 70]), name: 'tatodesk-check.pdf', type: 'application/pdf' },
      },
    });
    expect(lineOf(lines, 'sendWhatsApp')).toMatchObject({ outcome: 'failed' });
  });

  it('runs as the operators run it: one line per endpoint, exit 1 when something is to be corrected', async () => {
    await suite.control.fault('listSchedulingHours', { status: 404 });
    const run = promisify(execFile)(
      'node',
      ['node_modules/tsx/dist/cli.mjs', 'scripts/tatodesk-check.ts', '--save', samples],
      {
        env: { ...process.env, TATODESK_BASE_URL: suite.sim.url, TATODESK_API_KEY: SIMULATOR_API_KEY },
      },
    );
    const failed = await run.then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/^OK\s+List companies by user\s+\/v1\/in-person\/companies\/by-user$/m);
    expect(failed?.stdout).toMatch(
      /^404\s+List Hours for Appointment\s+POST \/v1\/in-person\/scheduling\/hours answered 404$/m,
    );
    expect(failed?.stdout).toContain('1 to correct');
  }, 60_000);

  it('proves the minute filters’ codes: an account numbering them otherwise is named, with the waits it answered', async () => {
    // An account whose operations run the other way round (1 is greater or equal, 4 is less…).
    const otherwise = { 1: 4, 2: 3, 3: 2, 4: 1, 5: 5 } as Record<number, number>;
    const fetchOtherwise: typeof fetch = (input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}')) as { filter?: { waitingTime?: { operation: number } } };
      if (body.filter?.waitingTime) body.filter.waitingTime.operation = otherwise[body.filter.waitingTime.operation]!;
      return fetch(input, { ...init, body: JSON.stringify(body) });
    };
    const line = (await check({ fetch: fetchOtherwise })).find((l) => l.assumption === 'minute-operations')!;
    expect(line.outcome).toBe('wrong');
    expect(line.detail).toMatch(/^operation 1 at \d+ answered waits of/);
    expect((await check()).find((l) => l.assumption === 'minute-operations')).toMatchObject({ outcome: 'ok' });
  });

  it('names the status ids an account uses that the settings do not hold', async () => {
    const codes = parseEnv({
      TATODESK_STATUS_IDS: 'scheduled=11,checked-in=12,in-service=13,finished=14,cancelled=15,no-show=16',
    }).tatodesk.codes;
    const line = (await check({ codes })).find((l) => l.assumption === 'status-ids')!;
    expect(line.outcome).toBe('wrong');
    expect(line.detail).toMatch(/\b1 "Agendado".* not in TATODESK_STATUS_IDS/);
  });

  describe('against a simulator that disagrees with us (TATODESK_SIM_VARIANT=other)', () => {
    let other: RunningSimulator;
    beforeAll(async () => {
      other = await startSimulator({ now: FIXED_NOW, variant: 'other' });
      // Today's message and a request record, made through the API as the product would make them.
      const post = (path: string, body: unknown) =>
        fetch(`${other.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'api-key': SIMULATOR_API_KEY },
          body: JSON.stringify(body),
        });
      for (const email of [citizen.email, `outra.${citizen.email}`])
        await post('/v1/marketing/email/send', { templateID: 'booking-confirmation', to: [{ email }], parameters: {} });
      const fields = {
        protocol: '202612010001',
        kind: 'cancel',
        reason: null,
        requestedAt: '2026-12-01T08:00:00-03:00',
        status: 'open',
        newProtocol: null,
        unitName: 'Central',
        appointmentDate: '2026-12-02',
        appointmentTime: '09:00',
        language: 'pt-BR',
      };
      await post('/v1/crm/objects/create', { apiName: 'appointment_requests', fields });
      await post('/v1/crm/objects/create', { apiName: 'appointment_requests', fields: { ...fields, protocol: '2' } });
    });
    afterAll(() => other.close());
    const settings = parseEnv(otherAccountSettings).tatodesk.codes;

    it('has nothing to correct once its status ids are set, and notes what it answers otherwise', async () => {
      const lines = await check({
        baseUrl: other.url,
        codes: settings,
        crmFields: { appointment_requests: crmFieldsWritten.requests },
      });
      expect(toCorrect(lines)).toEqual([]);
      expect(lines.find((l) => l.assumption === 'period-ids')).toMatchObject({
        outcome: 'ok',
        detail: expect.stringMatching(
          /periods on .* \(79 Noturno, 72 Vespertino, 71 Matutino\)|\(72 Vespertino, 71 Matutino\)|Matutino/,
        ),
      });
      const noted = lines.filter((l) => l.outcome === 'noted').map((l) => l.assumption);
      expect(noted).toEqual(expect.arrayContaining(['page-size', 'notification-filters', 'crm-filters']));
    });

    it('says what to set when the status ids are left as guessed', async () => {
      const lines = await check({ baseUrl: other.url });
      expect(toCorrect(lines).map((l) => l.assumption)).toEqual(['status-ids', 'delivery-status-ids']);
    });

    it('prints 0 to correct from the command line, with the variant’s settings', async () => {
      const { stdout } = await promisify(execFile)(
        'node',
        ['node_modules/tsx/dist/cli.mjs', 'scripts/tatodesk-check.ts', '--save', samples],
        {
          env: {
            ...process.env,
            ...otherAccountSettings,
            TATODESK_BASE_URL: other.url,
            TATODESK_API_KEY: SIMULATOR_API_KEY,
            CRM_REQUESTS_OBJECT: 'appointment_requests',
          },
        },
      );
      expect(stdout).toMatch(/^OK\s+List Periods for Scheduling/m);
      expect(stdout).toMatch(/\b0 to correct\b/);
    }, 60_000);
  });
});
