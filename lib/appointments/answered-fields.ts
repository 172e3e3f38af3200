import 'server-only';
import { withPriorityQuestion } from '@/lib/answers/priority-question';
import type { FormField } from '@/lib/tatodesk';
import { catalogue } from '@/lib/upstream/catalogue';

/**
 * The questions an appointment's answers were given to (its service's, and the priority question),
 * to show each answer as the form showed it. The upstream away, none: the answers then read as
 * stored, under the labels kept with them, and the page still answers.
 */
export async function answeredFields(serviceTypeId: number): Promise<FormField[]> {
  const fields = await catalogue.formFields(serviceTypeId).catch(() => []);
  return withPriorityQuestion(fields);
}
