import type { Answer } from '@/lib/tatodesk/types';

/** The answer that says a person has the right to priority service (lib/answers/priority-question.ts asks it). */
export const PRIORITY_KEY = 'priority';

export const hasPriority = (answers: readonly Answer[]) =>
  answers.some((a) => a.key === PRIORITY_KEY && a.value === 'true');
