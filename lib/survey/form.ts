import 'server-only';
import { env } from '@/lib/env';
import { cached } from '@/lib/store';
import { getSurveyForm } from '@/lib/tatodesk';

/** The survey form's definition, cached like the catalogue (a read that fails is not cached). */
export const surveyForm = (formId: number) =>
  cached(`survey-form:${formId}`, env().catalogueTtlMs, () => getSurveyForm(formId));
