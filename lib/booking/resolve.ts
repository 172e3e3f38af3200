import 'server-only';
import { catalogue } from '@/lib/catalogue';
import {
  listDates,
  type AvailableDate,
  type Category,
  type Company,
  type Region,
  type ServiceType,
  type Unit,
} from '@/lib/tatodesk';
import { attempt, type Failure } from '@/lib/upstream';
import type { Journey } from './journey';
import { daySlots, type PeriodSlots } from './slots';
import { catalogueSteps, choiceSteps, stepHref, stepIndex, startHref, type ChoiceStep, type Step } from './steps';

export type Options = {
  category: Category[];
  serviceType: ServiceType[];
  region: Region[];
  unit: Unit[];
  date: AvailableDate[];
  time: PeriodSlots[];
};

export type Resolved = {
  company: Company;
  category?: Category;
  serviceType?: ServiceType;
  region?: Region;
  unit?: Unit;
  date?: string;
  time?: string;
  /** Steps answered for the citizen because they had a single option. */
  skipped: ChoiceStep[];
  /** The start (home or custom link) had this company only, so it went straight on. */
  onlyCompany: boolean;
};

export type Resolution<S extends Step> =
  | { kind: 'ready'; journey: Journey; resolved: Resolved; options: S extends ChoiceStep ? Options[S] : undefined }
  | { kind: 'redirect'; href: string }
  | { kind: 'failed'; failure: Failure };

const load: { [S in ChoiceStep]: (r: Resolved, j: Journey) => Promise<Options[S]> } = {
  category: async (r, j) =>
    j.link
      ? (await catalogue.linkCategories(j.link)).filter((c) => c.companyId === r.company.id)
      : catalogue.categories(r.company.id),
  serviceType: (r) => catalogue.serviceTypes(r.category!.id),
  region: (r) => catalogue.regions(r.serviceType!.id),
  unit: (r) => catalogue.units(r.serviceType!.id, r.region!.id),
  date: (r) => listDates({ unitId: r.unit!.id, serviceTypeId: r.serviceType!.id }),
  time: (r) => daySlots({ unitId: r.unit!.id, serviceTypeId: r.serviceType!.id, date: r.date! }),
};

export function pick(step: ChoiceStep, options: Options[ChoiceStep], value: Journey[ChoiceStep]) {
  // A full day is listed (to say it is full, not closed) but cannot be chosen.
  if (step === 'date') return (options as AvailableDate[]).find((d) => d.date === value && d.vacancies > 0)?.date;
  if (step === 'time') return (options as PeriodSlots[]).flatMap((p) => p.slots).find((s) => s.time === value)?.time;
  return (options as { id: number }[]).find((o) => o.id === value);
}

/**
 * Walks the chain up to `target`, checking every earlier answer against the upstream. A missing
 * answer sends the citizen to its question; a stale one (a unit that no longer offers the type, a
 * day now full) to the earliest question that needs a new answer, with a notice saying why.
 */
export async function resolveJourney<S extends Step>(target: S, input: Journey): Promise<Resolution<S>> {
  const result = await attempt(() => walk(target, input));
  return result.ok ? result.data : { kind: 'failed', failure: result.failure };
}

async function walk<S extends Step>(target: S, input: Journey): Promise<Resolution<S>> {
  const journey = { ...input };
  const companies = journey.link ? await catalogue.linkCompanies(journey.link) : await catalogue.companies();
  const company =
    journey.company === undefined && companies.length === 1
      ? companies[0]
      : companies.find((c) => c.id === journey.company);
  if (!company) {
    // A company asked for by number that does not schedule (or no longer): said on the start page.
    const notice = journey.company === undefined ? '' : '?notice=company-unavailable';
    return { kind: 'redirect', href: `${startHref(journey)}${notice}` };
  }
  journey.company = company.id;
  const resolved: Resolved = { company, skipped: [], onlyCompany: companies.length === 1 };

  // The catalogue is cached, so every answer is checked on every page. Dates and times cost live
  // calls: the day's times are read on the time and check pages only, and an empty day means the
  // date itself is gone.
  const checked = [...catalogueSteps, ...(target === 'check' ? (['time'] as const) : [])];
  // A question missing on the way to the check page comes back to it once answered.
  const back = target === 'check' ? { return: 'check' } : undefined;
  for (const step of choiceSteps.filter((s) => stepIndex(s) < stepIndex(target))) {
    if (!checked.includes(step)) {
      if (journey[step] === undefined) return { kind: 'redirect', href: stepHref(step, journey, back) };
      assign(resolved, step, journey[step]);
      continue;
    }
    const options = await load[step](resolved, journey);
    if (step === 'time' && options.length === 0) return dateGone(journey, target);
    const value = journey[step];
    // A question with one possible answer is never asked, whether its answer is in the URL or not.
    if (catalogueSteps.includes(step) && options.length === 1) resolved.skipped.push(step);
    if (value === undefined && catalogueSteps.includes(step) && options.length === 1) {
      assign(resolved, step, (options as { id: number }[])[0]);
      journey[step] = (options as { id: number }[])[0]!.id as never;
      continue;
    }
    if (value === undefined) return { kind: 'redirect', href: stepHref(step, journey, back) };
    const chosen = pick(step, options, value);
    if (chosen === undefined && catalogueSteps.includes(step) && options.length === 1) {
      // A question never asked follows the answers before it.
      assign(resolved, step, (options as { id: number }[])[0]);
      journey[step] = (options as { id: number }[])[0]!.id as never;
      continue;
    }
    if (chosen === undefined) {
      // From the check page, every answer was given: ask only the one that no longer holds, keep
      // the later ones (checked again on the way back) and come back to the check page.
      if (target === 'check') {
        const href = stepHref(
          step,
          { ...journey, [step]: undefined },
          { notice: `${step}-unavailable`, return: 'check' },
        );
        return { kind: 'redirect', href };
      }
      const reset = Object.fromEntries(Object.entries(journey).filter(([key]) => !laterOrSame(key, step)));
      return { kind: 'redirect', href: stepHref(step, reset, { notice: `${step}-unavailable` }) };
    }
    assign(resolved, step, chosen);
  }

  const options =
    (target as Step) === 'details' || target === 'check'
      ? undefined
      : await load[target as ChoiceStep](resolved, journey);
  if (target === 'time' && (options as PeriodSlots[]).length === 0) return dateGone(journey, target);
  return {
    kind: 'ready',
    journey,
    resolved,
    options: options as Resolution<S> extends { options: infer O } ? O : never,
  };
}

const dateGone = (journey: Journey, target: Step) =>
  ({
    kind: 'redirect',
    href: stepHref(
      'date',
      { ...journey, date: undefined, time: undefined },
      { notice: 'date-unavailable', return: target === 'check' ? 'check' : undefined },
    ),
  }) as const;

const laterOrSame = (key: string, step: ChoiceStep) =>
  (choiceSteps as readonly string[]).includes(key) && stepIndex(key as ChoiceStep) >= stepIndex(step);

function assign(resolved: Resolved, step: ChoiceStep, value: unknown) {
  (resolved as Record<string, unknown>)[step] = value;
}
