import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { withPriorityQuestion } from '@/lib/answers/priority-question';
import { cookieName, privateCookie } from '@/lib/http/cookies';
import type { FormField, ServiceType, Unit } from '@/lib/tatodesk';
import { catalogue } from '@/lib/upstream/catalogue';

/** The walk-in's choices so far, from the URL: a tampered value is dropped, as if not chosen. */
const id = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);
export const walkInQuerySchema = z.object({ unit: id, classification: id, category: id, type: id });
export type WalkInQuery = z.output<typeof walkInQuerySchema>;

/** The choices as an address's parameters (those made only). */
export function walkInParams(q: WalkInQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['unit', 'classification', 'category', 'type'] as const)
    if (q[key] !== undefined) params.set(key, String(q[key]));
  return params;
}

export const walkInHref = (q: WalkInQuery) => {
  const params = walkInParams(q);
  return `/staff/walk-in${params.size ? `?${params}` : ''}`;
};

export type WalkInStep =
  | { step: 'unit'; options: Unit[] }
  | { step: 'classification' | 'category' | 'type'; unit: Unit; options: Choice[] }
  | { step: 'details'; unit: Unit; serviceType: ServiceType; fields: FormField[]; query: Required<WalkInQuery> }
  /** A choice answered for the staff member (the only option): the address with it. */
  | { step: 'redirect'; href: string };

/**
 * The next question of the walk-in: the unit (List Service Units by User), then classification,
 * category and service type (the full catalogue), then the person. A choice that is no longer
 * among the options is asked again; a question with one option is answered at once.
 */
export async function walkInStep(q: WalkInQuery): Promise<WalkInStep> {
  const units = await catalogue.allUnits();
  const unit = units.find((u) => u.id === q.unit);
  if (!unit) return { step: 'unit', options: units };
  const classifications = await catalogue.classifications(unit.companyId);
  const classification = classifications.find((c) => c.id === q.classification);
  if (!classification) return single('classification', { ...q, classification: undefined }, unit, classifications);
  const categories = await catalogue.allCategories(unit.companyId, classification.id);
  const category = categories.find((c) => c.id === q.category);
  if (!category) return single('category', { ...q, category: undefined }, unit, categories);
  const types = await catalogue.allServiceTypes(category.id);
  const serviceType = types.find((t) => t.id === q.type);
  if (!serviceType) return single('type', { ...q, type: undefined }, unit, types);
  return {
    step: 'details',
    unit,
    serviceType,
    fields: await withPriorityQuestion(await catalogue.formFields(serviceType.id)),
    query: { unit: unit.id, classification: classification.id, category: category.id, type: serviceType.id },
  };
}

type Choice = { id: number; name: string; description?: string };

function single(
  step: 'classification' | 'category' | 'type',
  q: WalkInQuery,
  unit: Unit,
  options: Choice[],
): WalkInStep {
  if (options.length === 1) return { step: 'redirect', href: walkInHref({ ...q, [step]: options[0]!.id }) };
  return { step, unit, options };
}

/** The unit a staff member works at, remembered for the session (a cookie; the session ends it too). */
const UNIT_COOKIE = () => cookieName('staff_unit');
export async function rememberedUnit(): Promise<number | undefined> {
  const value = Number((await cookies()).get(UNIT_COOKIE())?.value);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
export async function rememberUnit(unitId: number): Promise<void> {
  (await cookies()).set(UNIT_COOKIE(), String(unitId), privateCookie(12 * 3600));
}
