import { describe, expect, it } from 'vitest';
import { simulatorSuite } from './harness';

const suite = simulatorSuite();

const rejectsAs = async (promise: Promise<unknown>, kind: string) =>
  expect(promise).rejects.toMatchObject({ name: 'TatodeskError', kind });

describe('catalogue', () => {
  it('lists the companies by user, and only those that schedule for the citizen', async () => {
    const all = await suite.tatodesk.listCompanies();
    expect(all.map((c) => c.name)).toContain('Arquivo Público Municipal');
    const scheduling = await suite.tatodesk.listSchedulingCompanies();
    expect(scheduling.map((c) => c.id)).toEqual([101, 102, 103, 105]);
    expect(scheduling.every((c) => c.offersScheduling)).toBe(true);
  });

  it('lists units by user with address and time zone', async () => {
    const units = await suite.tatodesk.listUnits([102]);
    expect(units.length).toBeGreaterThanOrEqual(3);
    expect(units.every((u) => u.companyId === 102 && u.timeZone === 'America/Manaus')).toBe(true);
    expect(units[0]!.address.city).toBe('Manaus');
  });

  it('lists classifications, categories and service types', async () => {
    expect(await suite.tatodesk.listClassifications(101)).toEqual([
      { id: 601, companyId: 101, name: 'Atendimento ao cidadão' },
    ]);
    const categories = await suite.tatodesk.listCategories(101, 601);
    expect(categories.map((c) => c.name)).toEqual(['Documentos pessoais', 'Tributos e taxas', 'Assistência social']);
    const types = await suite.tatodesk.listServiceTypes(201);
    expect(types[0]).toMatchObject({ id: 301, categoryId: 201, name: 'Carteira de Identidade (1ª via)' });
    expect(types[0]!.requiredDocuments.length).toBeGreaterThan(0);
  });

  it('lists form fields of several types', async () => {
    const fields = await suite.tatodesk.listFormFields(302);
    expect(new Set(fields.map((f) => f.type))).toEqual(new Set(['text', 'date', 'select']));
    expect(fields.find((f) => f.key === 'reason')?.options?.length).toBe(4);
  });

  it('refuses unknown IDs as not found', async () => {
    await rejectsAs(suite.tatodesk.listCategories(9999), 'not-found');
    await rejectsAs(suite.tatodesk.listFormFields(9999), 'not-found');
  });
});

describe('custom links', () => {
  it('scopes a link to its companies and categories', async () => {
    expect((await suite.tatodesk.listCustomLinkCompanies('mutirao-cidadania')).map((c) => c.id)).toEqual([101, 103]);
    expect((await suite.tatodesk.listCustomLinkCategories('documentos-campinas')).map((c) => c.id)).toEqual([201]);
  });

  it('answers an unknown or expired token as not found', async () => {
    await rejectsAs(suite.tatodesk.listCustomLinkCompanies('campanha-2025'), 'not-found');
    await rejectsAs(suite.tatodesk.listCustomLinkCategories('no-such-token'), 'not-found');
  });
});

describe('scheduling catalogue', () => {
  it('walks category, type, region and unit', async () => {
    const categories = await suite.tatodesk.listSchedulingCategories(102);
    expect(categories.map((c) => c.name)).toEqual(['Habilitação', 'Veículos']);
    const types = await suite.tatodesk.listSchedulingServiceTypes(204);
    expect(types.map((t) => t.id)).toEqual([307, 308]);
    const regions = await suite.tatodesk.listRegions([307]);
    expect(regions.map((r) => r.name)).toEqual(['Manaus', 'Interior do Amazonas']);
    const units = await suite.tatodesk.listSchedulingUnits(307, 404);
    expect(units.map((u) => u.id)).toEqual([504, 505]);
    expect(units[0]).toMatchObject({ timeZone: 'America/Manaus', address: { state: 'AM' } });
  });

  it('has a company with a single region and unit', async () => {
    expect(await suite.tatodesk.listRegions([311])).toEqual([{ id: 406, name: 'Cuiabá' }]);
    expect((await suite.tatodesk.listSchedulingUnits(311, 406)).map((u) => u.timeZone)).toEqual(['America/Cuiaba']);
  });

  it('rejects a request the simulator refuses, with its message', async () => {
    const error = await suite.tatodesk.listSchedulingUnits(307, 9999).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rejected', status: 400, upstreamMessage: 'unknown region' });
  });

  it('refuses a malformed request before sending it', async () => {
    await rejectsAs(suite.tatodesk.listRegions([]), 'rejected');
    await rejectsAs(suite.tatodesk.listCustomLinkCompanies(''), 'rejected');
  });
});
