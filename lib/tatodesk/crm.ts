import { call } from './default-client';
import { everyPage } from './pages';
import type { CrmFields, CrmQuery, CrmRecord } from './types';

const reshape = (r: { ID: string; fields: CrmFields; createdAt: string; updatedAt: string }): CrmRecord => ({
  id: r.ID,
  fields: r.fields,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** CRM: one page of an object's records, filtered by equal (or unequal) field values. */
export async function listCrmRecords(object: string, q: CrmQuery) {
  const response = await call()('listObjects', {
    apiName: object,
    filters: q.where?.map(([field, operator, value]) => ({ field, operator, value })),
    sort: q.sort && { field: q.sort.field, order: q.sort.order },
    page: q.page ?? 0,
    limit: q.limit,
  });
  return { records: response.data.map(reshape), page: response.page, limit: response.limit, total: response.total };
}

/** Never retried: a second create would record twice. */
export async function createCrmRecord(object: string, fields: CrmFields) {
  return reshape((await call()('createObject', { apiName: object, fields })).data);
}

export async function editCrmRecord(object: string, id: string, fields: CrmFields) {
  return reshape((await call()('editObject', { apiName: object, ID: id, fields })).data);
}

export async function deleteCrmRecord(object: string, id: string) {
  await call()('deleteObject', { apiName: object, ID: id });
}

const matches = (fields: CrmFields, [field, operator, value]: NonNullable<CrmQuery['where']>[number]) =>
  operator === 'eq' ? fields[field] === value : fields[field] !== value;

/**
 * Every record of an object that meets `where`, in `sort` order. The filter and the sort are sent,
 * but their shape is not stated by the seed: each record is checked and the list ordered here, so
 * that an account that ignores or reads them otherwise answers the same. At most `maxPages` pages.
 */
export async function findCrmRecords(
  object: string,
  q: Pick<CrmQuery, 'where' | 'sort'>,
  maxPages = 10,
): Promise<CrmRecord[]> {
  const { rows } = await everyPage(async (page) => {
    const { records, total } = await listCrmRecords(object, { ...q, page });
    return { rows: records, total };
  }, maxPages);
  const found = rows.filter((record) => (q.where ?? []).every((condition) => matches(record.fields, condition)));
  if (!q.sort) return found;
  const { field, order } = q.sort;
  const key = (r: CrmRecord) => String(r.fields[field] ?? '');
  return found.sort((a, b) => (order === 'asc' ? 1 : -1) * key(a).localeCompare(key(b)));
}
