import { call } from './default-client';
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
