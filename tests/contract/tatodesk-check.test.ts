import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkAccount, type CheckLine } from '@/lib/tatodesk/check';
import { SIMULATOR_API_KEY } from '@/lib/tatodesk/contract/simulator-key';
import { citizen, simulatorSuite } from './harness';

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
    ...extra,
  });
const lineOf = (lines: CheckLine[], endpoint: CheckLine['endpoint']) => lines.find((l) => l.endpoint === endpoint)!;

/** A booking of the test's own at INSS Rio Branco, made through the API as another channel would. */
async function booked() {
  const at = await suite.control.lease({ unitID: 510, attendanceTypeID: 314 });
  return suite.control.book({ companyID: 105, unitID: 510, attendanceTypeID: 314, ...at, client: citizen });
}

describe('npm run tatodesk:check', () => {
  it('walks every read in the chain’s order against the simulator: all OK, nothing created or sent', async () => {
    const protocol = await booked();
    const before = (await suite.control.log()).length;
    const lines = await check({ protocol, saveTo: samples });
    expect(lines.filter((l) => l.outcome !== 'ok')).toEqual([]);
    expect(lines.map((l) => l.endpoint)).toEqual([
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
      'queryAppointment',
      'searchByProtocol',
      'getInPersonService',
    ]);
    const called = (await suite.control.log()).slice(before).map((entry) => entry.endpoint);
    expect(called.filter((name) => /^(create|send|edit|delete|add|upload)/.test(name))).toEqual([]);

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
});
