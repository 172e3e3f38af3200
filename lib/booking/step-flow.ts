import 'server-only';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { readParam, type SearchParams } from '@/lib/http/search-params';
import { journeyEvent, newJourneyId } from '@/lib/pulse/events';
import { readDraft } from './draft';
import { parseJourney, type Journey } from './journey';
import { pick, resolveJourney, type Options, type Resolved, type ResolvedAt } from './resolve';
import {
  afterStep,
  catalogueSteps,
  choiceSteps,
  startHref,
  stepHref,
  stepIndex,
  type ChoiceStep,
  type Step,
} from './steps';

export type StepContext<S extends Step = Step> = {
  journey: Journey;
  resolved: ResolvedAt<S>;
  /** `check` when the citizen came from the check page to change this answer. */
  returnTo?: 'check';
  notice?: string;
  backHref?: string;
  /** "Choose another time": the appointment this journey would replace, said on every page of it. */
  replaces?: string;
};

export type ChoiceContext<S extends ChoiceStep> = StepContext<S> & {
  options: Options[S];
  value?: string;
  error?: 'required';
};

/** A question answered: counted, and sent to Pulse once the answer has gone. */
async function answered(step: Step, journey: Journey) {
  journeyEvent({ name: 'answered', step }, { journey, language: await getLocale() });
}

export const readReturn = (search: SearchParams) => (readParam(search, 'return') === 'check' ? 'check' : undefined);

/**
 * The previous question the citizen actually saw (skipped ones are passed over); none on the first
 * page of a custom link that goes straight on (its start would bring the citizen right back here).
 */
export function backHref(step: Step, journey: Journey, resolved: Resolved, returnTo?: 'check'): string | undefined {
  if (returnTo) return stepHref('check', journey);
  const earlier = choiceSteps.filter((s) => stepIndex(s) < stepIndex(step) && !resolved.skipped.includes(s)).at(-1);
  if (earlier) return stepHref(earlier, journey);
  return journey.link && resolved.onlyCompany ? undefined : startHref(journey);
}

/**
 * Everything a question page does before rendering: checks the earlier answers (redirecting to
 * the first one missing or stale), moves on when this one was just submitted and is valid, skips
 * a catalogue question with a single option, and otherwise returns what the page shows.
 */
export async function prepareChoice<S extends ChoiceStep>(step: S, search: SearchParams) {
  // A journey is named from its first page on, by a random id its URL carries (lib/pulse).
  const input = { ...parseJourney(search) };
  input.j ??= newJourneyId();
  const returnTo = readReturn(search);
  const submitted = readParam(search, 'go') === '1';
  // A day or a time just chosen is checked live by the next page that needs it (the time page
  // reads the day's times, the check page the chosen time): no need to ask the upstream twice.
  if (submitted && (step === 'date' || step === 'time') && input[step] !== undefined) {
    await answered(step, input);
    redirect(stepHref(afterStep(step, returnTo), input));
  }
  const resolution = await resolveJourney(step, input);
  if (resolution.kind === 'redirect') redirect(resolution.href);
  if (resolution.kind === 'failed') return resolution;

  const { journey, resolved } = resolution;
  const options = resolution.options as Options[S];
  const value = journey[step];
  const chosen = value === undefined ? undefined : pick(step, options, value);
  if (submitted && chosen !== undefined) {
    await answered(step, journey);
    redirect(stepHref(afterStep(step, returnTo), journey));
  }
  if (!submitted && value === undefined && catalogueSteps.includes(step) && options.length === 1) {
    const only = (options as { id: number }[])[0]!;
    redirect(stepHref(afterStep(step, returnTo), { ...journey, [step]: only.id }));
  }
  // Only the day and the time are asked again when a new time is chosen: no draft read elsewhere.
  const replaces = step === 'date' || step === 'time' ? await replacing(journey) : undefined;
  const context: ChoiceContext<S> = {
    journey,
    resolved,
    options,
    returnTo,
    notice: readParam(search, 'notice'),
    value: chosen === undefined ? undefined : String(value),
    error: submitted ? 'required' : undefined,
    // Where "choose another time" starts (the date), Back is the appointment it came from.
    backHref:
      replaces && step === 'date' && !returnTo
        ? `/appointments/${replaces}`
        : backHref(step, journey, resolved, returnTo),
    replaces,
  };
  return { kind: 'ready' as const, context };
}

/** The appointment a new time is being chosen for: the draft's, for the same service; none otherwise. */
async function replacing(journey: Journey): Promise<string | undefined> {
  const draft = await readDraft().catch(() => undefined);
  return draft?.replaces && draft.serviceTypeId === journey.serviceType ? draft.replaces : undefined;
}
