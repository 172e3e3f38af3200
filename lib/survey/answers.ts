import type { SurveyAnswer, SurveyForm } from '@/lib/tatodesk/types';

/** The longest answer in words a question takes. */
export const TEXT_MAX = 1000;

export type AnswerError = 'required' | 'invalid' | 'too-long';
/** What was posted, as typed (kept on the page), and each question's answer or why it is refused. */
export type ReadAnswers =
  | { ok: true; values: Record<string, string>; answers: SurveyAnswer[] }
  | { ok: false; values: Record<string, string>; errors: Record<string, AnswerError> };

/** A question's field name in the form. */
export const fieldOf = (questionId: number) => `q${questionId}`;

/**
 * The answers posted for a form, checked against the form itself: a number on its scale, one of a
 * question's options, words no longer than TEXT_MAX; a required question answered.
 */
export function readAnswers(form: SurveyForm, posted: FormData): ReadAnswers {
  const values: Record<string, string> = {};
  const errors: Record<string, AnswerError> = {};
  const answers: SurveyAnswer[] = [];
  for (const q of form.questions) {
    const name = fieldOf(q.id);
    const raw = posted.get(name);
    const value = typeof raw === 'string' ? raw.slice(0, TEXT_MAX * 2) : '';
    values[name] = value;
    const text = value.trim();
    if (text === '') {
      if (q.required) errors[name] = 'required';
      continue;
    }
    if (q.type === 'text') {
      if (text.length > TEXT_MAX) errors[name] = 'too-long';
      else answers.push({ questionId: q.id, value: text });
      continue;
    }
    const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    const valid =
      q.type === 'scale'
        ? Number.isInteger(n) && n >= form.scale.min && n <= form.scale.max
        : q.options.some((o) => o.id === n);
    if (valid) answers.push({ questionId: q.id, value: n });
    else errors[name] = 'invalid';
  }
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  if (answers.length === 0) return { ok: false, values, errors: { [fieldOf(form.questions[0]!.id)]: 'required' } };
  return { ok: true, values, answers };
}
