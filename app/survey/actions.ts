'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { todayInBrasilia } from '@/lib/format/time';
import { formArgument } from '@/lib/http/action-arguments';
import { isStoreUnavailable } from '@/lib/store';
import { readAnswers } from '@/lib/survey/answers';
import { surveyForm } from '@/lib/survey/form';
import { INVALID_SURVEY_PATH, readSurveyToken } from '@/lib/survey/link';
import { registerOnce } from '@/lib/survey/register';
import { addScores } from '@/lib/survey/scores';
import type { SurveyState } from '@/lib/survey/state';
import { isTatodeskError } from '@/lib/tatodesk';

const tokenArgument = z.string().min(1).max(600);

/**
 * Registers a survey's answers, checked against the form itself, once per attendance: a second
 * submission changes nothing and lands on the page that says so.
 */
export async function answerSurvey(bound: unknown, _previous: SurveyState, posted: FormData): Promise<SurveyState> {
  const token = tokenArgument.safeParse(bound);
  if (!token.success) redirect(INVALID_SURVEY_PATH);
  const read = await readSurveyToken(token.data);
  if (!read.ok) redirect(INVALID_SURVEY_PATH);
  const form = formArgument(posted);
  const here = `/survey/${token.data}`;
  let outcome;
  try {
    const definition = await surveyForm(read.link.formId);
    const answers = readAnswers(definition, form);
    if (!answers.ok) return { values: answers.values, errors: answers.errors };
    outcome = await registerOnce(read.link, answers.answers);
    if (outcome.kind === 'registered') {
      const { unitId, date = todayInBrasilia(), serviceTypeId = 0 } = read.link;
      await addScores({ unitId, date, serviceTypeId }, definition, answers.answers);
    }
    if (outcome.kind === 'failed') return { values: answers.values, problem: 'failed' };
    if (outcome.kind === 'unknown') return { values: answers.values, problem: 'unknown' };
  } catch (error) {
    if (isStoreUnavailable(error)) return { values: valuesOf(form), problem: 'store' };
    if (isTatodeskError(error)) return { values: valuesOf(form), problem: 'failed' };
    throw error;
  }
  redirect(outcome.kind === 'registered' ? `${here}?sent=1` : here);
}

const valuesOf = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([k, v]) => /^q\d+$/.test(k) && typeof v === 'string')) as Record<
    string,
    string
  >;
