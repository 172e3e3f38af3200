import { call } from './default-client';
import type { SurveyAnswer, SurveyForm } from './types';

/** Survey "Forms": the form's definition, as the survey page draws it. */
export async function getSurveyForm(formId: number): Promise<SurveyForm> {
  const { data } = await call()('getSurveyForm', { formID: formId });
  return {
    id: data.ID,
    name: data.name,
    description: data.description,
    scale: data.scale,
    questions: data.questions.map((q) => ({
      id: q.ID,
      title: q.title,
      type: q.type,
      required: q.required,
      options: q.options.map((o) => ({ id: o.ID, label: o.label })),
    })),
  };
}

/** Survey "Register form answers", about one attendance (its protocol) at its unit. Never retried. */
export async function registerSurveyAnswers(a: {
  formId: number;
  protocol: string;
  unitId: number;
  answers: SurveyAnswer[];
}): Promise<void> {
  await call()('registerFormAnswers', {
    formID: a.formId,
    reference: a.protocol,
    attendanceUnitID: a.unitId,
    answers: a.answers.map((answer) => ({ questionID: answer.questionId, value: answer.value })),
  });
}
