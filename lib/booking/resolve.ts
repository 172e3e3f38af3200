import 'server-only';
import {
  type AvailableDate,
  type Category,
  type Company,
  type Region,
  type ServiceType,
  type Unit,
} from '@/lib/tatodesk';
import { attempt, type Failure } from '@/lib/upstream';
import { catalogue } from '@/lib/upstream/catalogue';
import { availability } from './availability';
import type { Journey } from './journey';
import type { PeriodSlots } from './slots';
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

/** Every answer a step can count on: the loop in `walk` assigns each choice before its target, or redirects. */
type Answered = {
  category: Category;
  serviceType: ServiceType;
  region: Region;
  unit: Unit;
  date: string;
  time: string;
};
type Before = {
  category: never;
  serviceType: 'category';
  region: Before['serviceType'] | 'serviceType';
  unit: Before['region'] | 'region';
  date: Before['unit'] | 'unit';
  time: Before['date'] | 'date';
  details: ChoiceStep;
  check: ChoiceStep;
};
export type ResolvedAt<S extends Step> = Resolved & Pick<Answered, Before[S]>;

export type Resolution<S extends Step> =
  | { kind: 'ready'; journey: Journey; resolved: ResolvedAt<S>; options: S extends ChoiceStep ? Options[S] : undefined }
  | { kind: 'redirect'; href: string }
  | { kind: 'failed'; failure: Failure };

/** The answers a step's options depend on: its own are read from these, and nothing else. */
type Ids = Pick<Journey, 'link' | 'company' | 'category' | 'serviceType' | 'region' | 'unit' | 'date'>;

const needs: { [S in ChoiceStep]: (keyof Ids)[] } = {
  category: ['link', 'company'],
  serviceType: ['category'],
  region: ['serviceType'],
  unit: ['serviceType', 'region'],
  date: ['unit', 'serviceType'],
  time: ['unit', 'serviceType', 'date'],
};

const load: { [S in ChoiceStep]: (i: Ids) => Promise<Options[S]> } = {
  category: async (i) =>
    i.link
      ? (await catalogue.linkCategories(i.link)).filter((c) => c.companyId === i.company)
      : catalogue.categories(i.company!),
  serviceType: (i) => catalogue.serviceTypes(i.category!),
  region: (i) => catalogue.regions(i.serviceType!),
  unit: (i) => catalogue.units(i.serviceType!, i.region!),
  date: (i) => availability.dates({ unitId: i.unit!, serviceTypeId: i.serviceType! }),
  time: (i) => availability.day({ unitId: i.unit!, serviceTypeId: i.serviceType!, date: i.date! }),
};

/**
 * The loads of one walk, each made once. Those whose answers are all in the address start
 * together at the beginning, so that a page waits for its slowest read, not for their sum; a
 * step whose inputs turn out different (a skipped question answered for the citizen) loads anew.
 */
function loader() {
  const started = new Map<string, Promise<unknown>>();
  const get = <S extends ChoiceStep>(step: S, ids: Ids): Promise<Options[S]> => {
    const key = `${step}:${needs[step].map((k) => ids[k] ?? '').join('|')}`;
    if (!started.has(key)) {
      const loading = load[step](ids);
      // A load started ahead may never be awaited (the walk stops earlier): its failure is not lost, it is unused.
      loading.catch(() => undefined);
      started.set(key, loading);
    }
    return started.get(key) as Promise<Options[S]>;
  };
  const ahead = (steps: readonly ChoiceStep[], ids: Ids) => {
    for (const step of steps) {
      const required = needs[step].filter((k) => k !== 'link');
      if (required.every((k) => ids[k] !== undefined)) void get(step, ids);
    }
  };
  return { get, ahead };
}

const idsOf = (resolved: Resolved, journey: Journey): Ids => ({
  link: journey.link,
  company: resolved.company.id,
  category: resolved.category?.id,
  serviceType: resolved.serviceType?.id,
  region: resolved.region?.id,
  unit: resolved.unit?.id,
  date: resolved.date,
});

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
  // The catalogue is cached, so every answer is checked on every page. Dates and times cost live
  // calls: each is read on its own question only (an empty day there means the date itself is
  // gone). The check page does not read the day again: the create checks the time, and a time
  // taken meanwhile sends the citizen back to the day's times with what they typed.
  const checked: readonly ChoiceStep[] = catalogueSteps;
  const asked = (choiceSteps as readonly Step[]).includes(target) ? [target as ChoiceStep] : [];
  const loads = loader();
  loads.ahead([...checked.filter((s) => stepIndex(s) < stepIndex(target)), ...asked], journey);
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
  // A question missing on the way to the check page comes back to it once answered.
  const back = target === 'check' ? { return: 'check' } : undefined;
  for (const step of choiceSteps.filter((s) => stepIndex(s) < stepIndex(target))) {
    if (!checked.includes(step)) {
      if (journey[step] === undefined) return { kind: 'redirect', href: stepHref(step, journey, back) };
      assign(resolved, step, journey[step]);
      continue;
    }
    const options = await loads.get(step, idsOf(resolved, journey));
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
      : await loads.get(target as ChoiceStep, idsOf(resolved, journey));
  if (target === 'time' && (options as PeriodSlots[]).length === 0) return dateGone(journey, target);
  return {
    kind: 'ready',
    journey,
    resolved: resolved as ResolvedAt<S>,
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
