import type { Journey, JourneyKey } from './journey';

/** The questions, in the order a citizen answers them. Company is chosen on the home or link page. */
export const steps = ['category', 'serviceType', 'region', 'unit', 'date', 'time', 'details', 'check'] as const;
export type Step = (typeof steps)[number];
export type ChoiceStep = Extract<Step, JourneyKey>;

export const choiceSteps: readonly ChoiceStep[] = ['category', 'serviceType', 'region', 'unit', 'date', 'time'];
/** Steps whose options come from the cached catalogue: skipped when only one option exists. */
export const catalogueSteps: readonly ChoiceStep[] = ['category', 'serviceType', 'region', 'unit'];

export const stepIndex = (step: Step) => steps.indexOf(step);
export const nextStep = (step: Step): Step => steps[Math.min(stepIndex(step) + 1, steps.length - 1)]!;

/** The journey's keys a step may see: the link, the company, and every answer before it. */
export function keysBefore(step: Step): JourneyKey[] {
  const earlier = choiceSteps.filter((s) => stepIndex(s) < stepIndex(step));
  return ['link', 'company', ...earlier];
}

export function journeyQuery(journey: Journey, step: Step, extra: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  // A change made from the check page carries every answer, so that it can go straight back there.
  const keys =
    extra.return === 'check'
      ? keysBefore('check')
      : step === 'details' || step === 'check'
        ? [...keysBefore(step)]
        : [...keysBefore(step), step];
  for (const key of keys) {
    const value = journey[key as JourneyKey];
    if (value !== undefined) query.set(key, String(value));
  }
  if (journey.j) query.set('j', journey.j);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) query.set(key, value);
  return query.toString();
}

/** A step's page: the step's own name, in kebab case as URLs are written. */
export const stepPath = (step: Step) => `/book/${step.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export const stepHref = (step: Step, journey: Journey, extra?: Record<string, string | undefined>) => {
  const query = journeyQuery(journey, step, extra);
  return `${stepPath(step)}${query ? `?${query}` : ''}`;
};

/** Where a change made from the check page returns to, or the next question otherwise. */
export const afterStep = (step: Step, returnTo: string | undefined): Step =>
  returnTo === 'check' ? 'check' : nextStep(step);

/** Where an unknown or expired custom link is answered: no route matches it, so the not-found page says so. */
export const invalidLinkPath = (token: string) => `/l/${encodeURIComponent(token.slice(0, 100))}/invalid`;
export const isInvalidLinkPath = (path: string) => /^\/l\/[^/?]+\/invalid(\?|$)/.test(path);

/** Where the journey begins when the company itself is missing. */
export const startHref = (journey: Journey) => (journey.link ? `/l/${journey.link}` : '/');
