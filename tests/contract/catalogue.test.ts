import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '@/lib/tatodesk/simulator/server';
import { withSimulator, type Adapter } from './harness';

let sim: RunningSimulator;
let tatodesk: Adapter;

beforeAll(async () => {
  ({ sim, tatodesk } = await withSimulator());
});
afterAll(() => sim.close());

const rejectsAs = async (promise: Promise<unknown>, kind: string) =>
  expect(promise).rejects.toMatchObject({ name: 'TatodeskError', kind });

describe('catalogue', () => {
  it('lists the companies by user, and only those that schedule for the citizen', async () => {
    const all = await tatodesk.listCompanies();
    expect(all.map((c) => c.name)).toContain('Arquivo Público Municipal');
    const scheduling = await tatodesk.listSchedulingCompanies();
    expect(scheduling.map((c) => c.id)).toEqual([101, 102, 103]);
    expect(scheduling.every((c) => c.offersScheduling)).toBe(true);
  });

  it('lists units by user with address and time zone', async () => {
    const units = await tatodesk.listUnits([102]);
    expect(units.length).toBeGreaterThanOrEqual(3);
    expect(units.every((u) => u.companyId === 102 && u.timeZone === 'America/Manaus')).toBe(true);
    expect(units[0]!.address.city).toBe('Manaus');
  });

  it('lists classifications, categories and service types', async () => {
    expect(await tatodesk.listClassifications(101)).toEqual([
      { id: 601, companyId: 101, name: 'Atendimento ao cidadão' },
    ]);
    const categories = await tatodesk.listCategories(101, 601);
    expect(categories.map((c) => c.name)).toEqual(['Documentos pessoais', 'Tributos e taxas', 'Assistência social']);
    const types = await tatodesk.listServiceTypes(201);
    expect(types[0]).toMatchObject({ id: 301, categoryId: 201, name: 'Carteira de Identidade (1ª via)' });
    expect(types[0]!.requiredDocuments.length).toBeGreaterThan(0);
  });

  it('lists form fields of several types', async () => {
    const fields = await tatodesk.listFormFields(302);
    expect(new Set(fields.map((f) => f.type))).toEqual(new Set(['text', 'date', 'select']));
    expect(fields.find((f) => f.key === 'reason')?.options?.length).toBe(4);
  });

  it('refuses unknown IDs as not found', async () => {
    await rejectsAs(tatodesk.listCategories(9999), 'not-found');
    await rejectsAs(tatodesk.listFormFields(9999), 'not-found');
  });
});

describe('custom links', () => {
  it('scopes a link to its companies and categories', async () => {
    expect((await tatodesk.listCustomLinkCompanies('mutirao-cidadania')).map((c) => c.id)).toEqual([101, 103]);
    expect((await tatodesk.listCustomLinkCategories('documentos-campinas')).map((c) => c.id)).toEqual([201]);
  });

  it('answers an unknown or expired token as not found', async () => {
    await rejectsAs(tatodesk.listCustomLinkCompanies('campanha-2025'), 'not-found');
    await rejectsAs(tatodesk.listCustomLinkCategories('no-such-token'), 'not-found');
  });
});

describe('scheduling catalogue', () => {
  it('walks category, type, region and unit', async () => {
    const categories = await tatodesk.listSchedulingCategories(102);
    expect(categories.map((c) => c.name)).toEqual(['Habilitação', 'Veículos']);
    const types = await tatodesk.listSchedulingServiceTypes(204);
    expect(types.map((t) => t.id)).toEqual([307, 308]);
    const regions = await tatodesk.listRegions([307]);
    expect(regions.map((r) => r.name)).toEqual(['Manaus', 'Interior do Amazonas']);
    const units = await tatodesk.listSchedulingUnits(307, 404);
    expect(units.map((u) => u.id)).toEqual([504, 505]);
    expect(units[0]).toMatchObject({ timeZone: 'America/Manaus', address: { state: 'AM' } });
  });

  it('has a company with a single region and unit', async () => {
    expect(await tatodesk.listRegions([311])).toEqual([{ id: 406, name: 'Cuiabá' }]);
    expect((await tatodesk.listSchedulingUnits(311, 406)).map((u) => u.timeZone)).toEqual(['America/Cuiaba']);
  });

  it('rejects a request the simulator refuses, with its message', async () => {
    const error = await tatodesk.listSchedulingUnits(307, 9999).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rejected', status: 400, upstreamMessage: 'unknown region' });
  });

  it('refuses a malformed request before sending it', async () => {
    await rejectsAs(tatodesk.listRegions([]), 'rejected');
    await rejectsAs(tatodesk.listCustomLinkCompanies(''), 'rejected');
  });
});
