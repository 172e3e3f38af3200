import { z } from 'zod';
import { id, ids, list, wireTimeZone } from './common';

export const tatodeskAddress = z.object({
  street: z.string(),
  number: z.string(),
  complement: z.string().optional(),
  district: z.string(),
  city: z.string(),
  state: z.string().length(2),
  zipCode: z.string(),
});

export const tatodeskCompany = z.object({
  ID: id,
  name: z.string().min(1),
  document: z.string().optional(),
  schedulingEnabled: z.boolean(),
});
export type TatodeskCompany = z.infer<typeof tatodeskCompany>;

export const tatodeskUnit = z.object({
  ID: id,
  companyID: id,
  regionID: id,
  name: z.string().min(1),
  address: tatodeskAddress,
  // Inferred: the documentation names no time-zone field; a unit without one is in Brasília time.
  timeZone: wireTimeZone.optional(),
  phone: z.string().optional(),
});
export type TatodeskUnit = z.infer<typeof tatodeskUnit>;

export const tatodeskClassification = z.object({ ID: id, companyID: id, name: z.string().min(1) });
export type TatodeskClassification = z.infer<typeof tatodeskClassification>;

export const tatodeskCategory = z.object({
  ID: id,
  companyID: id,
  name: z.string().min(1),
  description: z.string().optional(),
});
export type TatodeskCategory = z.infer<typeof tatodeskCategory>;

export const tatodeskServiceType = z.object({
  ID: id,
  categoryID: id,
  name: z.string().min(1),
  description: z.string().optional(),
  requiredDocuments: z.array(z.string()).default([]),
  durationMinutes: z.number().int().positive().optional(),
});
export type TatodeskServiceType = z.infer<typeof tatodeskServiceType>;

export const tatodeskRegion = z.object({ ID: id, name: z.string().min(1) });
export type TatodeskRegion = z.infer<typeof tatodeskRegion>;

export const formFieldTypes = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'radio',
  'checkbox',
  'email',
  'phone',
] as const;

export const tatodeskFormField = z.object({
  ID: id,
  key: z.string().min(1),
  label: z.string().min(1),
  type: z.enum(formFieldTypes),
  required: z.boolean(),
  hint: z.string().optional(),
  minLength: z.number().int().nonnegative().optional(),
  maxLength: z.number().int().positive().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Number fields: digits allowed after the decimal comma (none when absent: a count). */
  decimals: z.number().int().min(0).max(6).optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
});
export type TatodeskFormField = z.infer<typeof tatodeskFormField>;

export const catalogueWire = {
  listCompaniesByUser: { request: z.object({}), response: list(tatodeskCompany) },
  listUnitsByUser: {
    request: z.object({ companyIDs: ids.optional() }),
    response: list(tatodeskUnit),
  },
  listClassifications: {
    request: z.object({ companyID: id }),
    response: list(tatodeskClassification),
  },
  listCategories: {
    request: z.object({ companyID: id, classificationID: id.optional() }),
    response: list(tatodeskCategory),
  },
  listServiceTypes: {
    request: z.object({ categoryID: id }),
    response: list(tatodeskServiceType),
  },
  listFormFields: {
    request: z.object({ attendanceTypeID: id }),
    response: list(tatodeskFormField),
  },
  listCustomLinkCompanies: {
    request: z.object({ token: z.string().min(1).max(200) }),
    response: list(tatodeskCompany),
  },
  listCustomLinkCategories: {
    request: z.object({ token: z.string().min(1).max(200) }),
    response: list(tatodeskCategory),
  },
  listSchedulingCategories: {
    request: z.object({ companyID: id }),
    response: list(tatodeskCategory),
  },
  listSchedulingServiceTypes: {
    request: z.object({ categoryID: id }),
    response: list(tatodeskServiceType),
  },
  listSchedulingRegions: {
    request: z.object({ attendanceTypeIDs: ids.min(1) }),
    response: list(tatodeskRegion),
  },
  listSchedulingUnits: {
    request: z.object({ attendanceTypeID: id, regionID: id }),
    response: list(tatodeskUnit),
  },
};
