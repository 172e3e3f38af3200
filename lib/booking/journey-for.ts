import 'server-only';
import type { Appointment } from '@/lib/tatodesk';
import { catalogue } from '@/lib/upstream/catalogue';
import type { Journey } from './journey';

/**
 * The journey that books the same service at the same unit, up to the date: its category and
 * region from the (cached) catalogue. What the catalogue no longer has is left out, and the
 * journey asks that question again.
 */
export async function journeyFor(a: Pick<Appointment, 'company' | 'unit' | 'serviceType'>): Promise<Journey> {
  const [categories, units] = await Promise.all([
    catalogue.categories(a.company.id),
    catalogue.companyUnits(a.company.id),
  ]);
  const types = await Promise.all(
    categories.map(async (c) => ({ category: c.id, types: await catalogue.serviceTypes(c.id) })),
  );
  const category = types.find((c) => c.types.some((t) => t.id === a.serviceType.id))?.category;
  const region = units.find((u) => u.id === a.unit.id)?.regionId;
  if (!category) return { company: a.company.id };
  return {
    company: a.company.id,
    category,
    serviceType: a.serviceType.id,
    region,
    unit: region ? a.unit.id : undefined,
  };
}
