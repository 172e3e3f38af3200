import 'server-only';
import { detailsSchema, type DetailsValues } from '@/lib/details/schema';
import type { FormField } from '@/lib/tatodesk';
import type { Failure } from '@/lib/upstream';
import type { Draft } from './draft';
import type { Journey } from './journey';
import { prepareDetails } from './prepare-details';
import type { ResolvedAt } from './resolve';
import { stepHref } from './steps';

export type PreparedCheck =
  | {
      kind: 'ready';
      journey: Journey;
      resolved: ResolvedAt<'check'>;
      fields: FormField[];
      draft: Draft;
      details: DetailsValues;
    }
  | { kind: 'redirect'; href: string }
  | { kind: 'failed'; failure: Failure };

/**
 * What the check page shows and its confirm books, decided in one place: every answer checked
 * against the upstream, and details checked for this very service that are still valid for its
 * questions as they stand. Anything less goes back to the question that needs a new answer.
 */
export async function prepareCheck(
  target: 'check' | 'details',
  input: Journey,
  draft: Draft | undefined,
): Promise<PreparedCheck> {
  const prepared = await prepareDetails(target, input);
  if (prepared.kind !== 'ready') return prepared;
  const { journey, resolved, fields } = prepared;
  const details = draft && detailsSchema(fields).safeParse(draft.details);
  if (!draft?.checked || draft.serviceTypeId !== resolved.serviceType.id || !details?.success)
    return { kind: 'redirect', href: stepHref('details', journey) };
  return { kind: 'ready', journey, resolved, fields, draft, details: details.data };
}
