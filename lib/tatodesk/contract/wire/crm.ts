import { z } from 'zod';
import { paged, pageRequest, single, wireInstant } from './common';

// CRM custom objects. The documentation names the four calls and says a record is found by its
// own ID, whatever object it belongs to, and that an object's configuration marks required fields.
// The shapes are ours (docs/tatodesk-contract.md).

const apiName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'expected the object apiName, e.g. appointment_requests');
const fieldName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,62}$/);
const fieldValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
const recordFields = z.record(fieldName, fieldValue);
const recordId = z.string().min(1).max(64);

export const tatodeskCrmRecord = z.object({
  ID: recordId,
  fields: recordFields,
  createdAt: wireInstant,
  updatedAt: wireInstant,
});

export const crmWire = {
  listObjects: {
    request: z.object({
      apiName,
      filters: z
        .array(z.object({ field: fieldName, operator: z.enum(['eq', 'neq']), value: fieldValue }))
        .max(20)
        .optional(),
      sort: z.object({ field: fieldName, order: z.enum(['asc', 'desc']) }).optional(),
      fields: z.array(fieldName).optional(),
      ...pageRequest,
    }),
    response: paged(tatodeskCrmRecord),
  },
  createObject: {
    request: z.object({ apiName, fields: recordFields }),
    response: single(tatodeskCrmRecord),
  },
  editObject: {
    request: z.object({ apiName, ID: recordId, fields: recordFields }),
    response: single(tatodeskCrmRecord),
  },
  deleteObject: {
    request: z.object({ apiName, ID: recordId }),
    response: single(z.object({ ID: recordId })),
  },
};
