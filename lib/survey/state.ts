import type { AnswerError } from './answers';

/** What the survey form is told after a submission that did not go through; what was chosen comes back. */
export type SurveyState = {
  values?: Record<string, string>;
  errors?: Record<string, AnswerError>;
  problem?: 'failed' | 'unknown' | 'store';
};
