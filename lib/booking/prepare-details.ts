import 'server-only';
import { withPriorityQuestion } from '@/lib/answers/priority-question';
import type { FormField } from '@/lib/tatodesk';
import { attempt, type Failure } from '@/lib/upstream';
import { catalogue } from '@/lib/upstream/catalogue';
import type { Journey } from './journey';
import { resolveJourney, type ResolvedAt } from './resolve';

export type PreparedDetails =
  | { kind: 'ready'; journey: Journey; resolved: ResolvedAt<'check'>; fields: FormField[] }
  | { kind: 'redirect'; href: string }
  | { kind: 'failed'; failure: Failure };

/**
 * Every answer up to the details checked against the upstream (to the chosen time on the check
 * page), then the service's own questions: what the details and check pages and their actions
 * all start with.
 */
export async function prepareDetails(target: 'details' | 'check', input: Journey): Promise<PreparedDetails> {
  // The service's questions are read alongside the chain, not after it: one wait, not two.
  const ahead = input.serviceType === undefined ? undefined : catalogue.formFields(input.serviceType);
  ahead?.catch(() => undefined);
  const resolution = await resolveJourney(target, input);
  if (resolution.kind !== 'ready') return resolution;
  const serviceTypeId = resolution.resolved.serviceType.id;
  const fields = await attempt(() =>
    ahead && serviceTypeId === input.serviceType ? ahead : catalogue.formFields(serviceTypeId),
  );
  if (!fields.ok) return { kind: 'failed', failure: fields.failure };
  return {
    kind: 'ready',
    journey: resolution.journey,
    resolved: resolution.resolved,
    fields: await withPriorityQuestion(fields.data),
  };
}
