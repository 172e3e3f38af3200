import 'server-only';
import { log } from '@/lib/ops/log';
import { store } from '@/lib/store';
import { isTatodeskError, registerSurveyAnswers, type SurveyAnswer } from '@/lib/tatodesk';
import type { SurveyLink } from './link';

/** How long a survey is remembered as answered: beyond the longest a link lasts. */
const ANSWERED_MS = 100 * 24 * 60 * 60 * 1000;
const key = (protocol: string) => `survey-answered:${protocol}`;

export type Registered =
  | { kind: 'registered' }
  /** Answered before (a second submission, another tab): nothing is sent again. */
  | { kind: 'already' }
  /** Tatodesk refused or was away, and did nothing: the answers may be sent again. */
  | { kind: 'failed' }
  /** The answer was lost: they may be registered; they are not sent again. */
  | { kind: 'unknown' };

/** Whether this attendance's survey was answered (or its answers are on their way). */
export const answered = async (protocol: string) => (await store().get(key(protocol))) !== undefined;

/**
 * Registers the answers once per attendance, across instances: the attendance is claimed first;
 * a failure that proves nothing was done lets the claim go, so the citizen may try again; an
 * outcome that cannot be seen keeps it (never a second registration).
 */
export async function registerOnce(link: SurveyLink, answers: SurveyAnswer[]): Promise<Registered> {
  if (!(await store().add(key(link.protocol), 'pending', ANSWERED_MS))) return { kind: 'already' };
  try {
    await registerSurveyAnswers({ formId: link.formId, protocol: link.protocol, unitId: link.unitId, answers });
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    if (error.provesNothingDone) {
      await store().delete(key(link.protocol));
      log.warn(
        { protocol: link.protocol, kind: error.kind },
        'survey answers refused: the citizen may send them again',
      );
      return { kind: 'failed' };
    }
    log.warn({ protocol: link.protocol, kind: error.kind }, 'survey answers: outcome unknown, not sent again');
    return { kind: 'unknown' };
  }
  await store().set(key(link.protocol), 'registered', ANSWERED_MS);
  return { kind: 'registered' };
}
