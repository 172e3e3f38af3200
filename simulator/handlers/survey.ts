import { surveyForms } from '../dataset/survey';
import { invalid, notFound } from '../errors';
import type { Handlers } from './types';

function form(formID: number) {
  const found = surveyForms.find((f) => f.ID === formID);
  if (!found) throw notFound(`survey form ${formID}`);
  return found;
}

/** Survey: the form's definition, and its answers registered as Tatodesk would (checked against the form). */
export const surveyHandlers: Handlers<'getSurveyForm' | 'registerFormAnswers'> = {
  getSurveyForm: (_, { formID }) => ({ data: form(formID) }),
  registerFormAnswers: (store, { formID, reference, attendanceUnitID, answers }) => {
    const { questions, scale } = form(formID);
    for (const answer of answers) {
      const question = questions.find((q) => q.ID === answer.questionID);
      if (!question) throw invalid(`unknown question ${answer.questionID}`);
      const value = answer.value;
      if (question.type === 'scale' && !(typeof value === 'number' && value >= scale.min && value <= scale.max))
        throw invalid(`question ${question.ID}: expected ${scale.min}–${scale.max}`);
      if (question.type === 'choice' && !(question.options ?? []).some((o) => o.ID === value))
        throw invalid(`question ${question.ID}: unknown option`);
    }
    const missing = questions.filter((q) => q.required && !answers.some((a) => a.questionID === q.ID));
    if (missing.length) throw invalid(`required questions missing: ${missing.map((q) => q.ID).join(', ')}`);
    const record = store.records.registerSurveyAnswers({ formID, reference, attendanceUnitID, answers });
    return { data: { ID: record.ID } };
  },
};
