import type { Handlers } from './types';

/** The CRM's objects (List, Create, Edit, Delete Object): the product's requests and records. */
export const crmHandlers: Handlers<'listObjects' | 'createObject' | 'editObject' | 'deleteObject'> = {
  listObjects: (store, { apiName, filters = [], sort, fields, page, limit = 100 }) => {
    const rows = store.crm
      .records(apiName)
      .filter((r) => filters.every((f) => (f.operator === 'eq') === ((r.fields[f.field] ?? null) === f.value)))
      .slice()
      .sort((a, b) => {
        if (!sort) return a.createdAt.localeCompare(b.createdAt);
        const [x, y] = [String(a.fields[sort.field] ?? ''), String(b.fields[sort.field] ?? '')];
        return sort.order === 'asc' ? x.localeCompare(y) : y.localeCompare(x);
      });
    const pick = (r: (typeof rows)[number]) =>
      fields ? { ...r, fields: Object.fromEntries(fields.map((f) => [f, r.fields[f] ?? null])) } : r;
    return { data: rows.slice(page * limit, (page + 1) * limit).map(pick), page, limit, total: rows.length };
  },
  createObject: (store, { apiName, fields }) => ({ data: store.crm.create(apiName, fields) }),
  editObject: (store, { apiName, ID, fields }) => ({ data: store.crm.edit(apiName, ID, fields) }),
  deleteObject: (store, { apiName, ID }) => {
    store.crm.delete(apiName, ID);
    return { data: { ID } };
  },
};
