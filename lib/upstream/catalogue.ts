import 'server-only';
import { env } from '@/lib/env';
import { cached } from '@/lib/store';
import * as tatodesk from '@/lib/tatodesk';

const ttl = () => env().catalogueTtlMs;

/**
 * The organisation's set-up changes rarely: cached with a short TTL, so that a journey costs the
 * upstream only what must be live (dates, periods, hours, create).
 */
export const catalogue = {
  companies: () => cached('companies', ttl(), tatodesk.listSchedulingCompanies),
  /** Every company the API key sees, scheduling or not (the staff's view). */
  allCompanies: () => cached('all-companies', ttl(), tatodesk.listCompanies),
  /** Every unit the API key sees (their time zones, for reminders). */
  allUnits: () => cached('all-units', ttl(), () => tatodesk.listUnits()),
  companyUnits: (companyId: number) =>
    cached(`company-units:${companyId}`, ttl(), () => tatodesk.listUnits([companyId])),
  linkCompanies: (token: string) =>
    cached(`link:${token}:companies`, ttl(), () => tatodesk.listCustomLinkCompanies(token)),
  linkCategories: (token: string) =>
    cached(`link:${token}:categories`, ttl(), () => tatodesk.listCustomLinkCategories(token)),
  categories: (companyId: number) =>
    cached(`categories:${companyId}`, ttl(), () => tatodesk.listSchedulingCategories(companyId)),
  serviceTypes: (categoryId: number) =>
    cached(`types:${categoryId}`, ttl(), () => tatodesk.listSchedulingServiceTypes(categoryId)),
  regions: (serviceTypeId: number) =>
    cached(`regions:${serviceTypeId}`, ttl(), () => tatodesk.listRegions([serviceTypeId])),
  units: (serviceTypeId: number, regionId: number) =>
    cached(`units:${serviceTypeId}:${regionId}`, ttl(), () => tatodesk.listSchedulingUnits(serviceTypeId, regionId)),
  // The front desk's view: the whole catalogue, services closed to online scheduling included.
  classifications: (companyId: number) =>
    cached(`classifications:${companyId}`, ttl(), () => tatodesk.listClassifications(companyId)),
  allCategories: (companyId: number, classificationId: number) =>
    cached(`all-categories:${companyId}:${classificationId}`, ttl(), () =>
      tatodesk.listCategories(companyId, classificationId),
    ),
  allServiceTypes: (categoryId: number) =>
    cached(`all-types:${categoryId}`, ttl(), () => tatodesk.listServiceTypes(categoryId)),
  formFields: (serviceTypeId: number) =>
    cached(`fields:${serviceTypeId}`, ttl(), () => tatodesk.listFormFields(serviceTypeId)),
};
