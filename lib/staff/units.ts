import 'server-only';
import { catalogue } from '@/lib/upstream/catalogue';

/** Every unit staff may pick, grouped by company (one company's, when one is chosen): a unit can be chosen before a company. */
export async function unitGroups(company?: number) {
  const companies = await catalogue.allCompanies();
  const shown = company ? companies.filter((c) => c.id === company) : companies;
  const units = await Promise.all(
    shown.map(async (c) => ({ label: c.name, options: await catalogue.companyUnits(c.id) })),
  );
  return { companies, units };
}
