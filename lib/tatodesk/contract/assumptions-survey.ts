import type { Assumption } from './assumption';

/** What the survey relies on: the seed names the two calls and what they carry, not their fields. */
export const surveyAssumptions = {
  'survey-form': {
    what: 'Survey "Forms" takes `formID` and answers the form with `name`, `description`, a `scale` (`min`, `max` and their words) and `questions` (`ID`, `title`, `type` scale / choice / text, `required`, `options`)',
    why: 'The seed says it returns "the full details of a survey form … such as name, description, image, colors and scale type"; the request and answer examples are empty.',
    ifWrong:
      'The survey page says the survey cannot be shown now (a calm 503 with a retry) and the invitation is still sent; nothing else is touched.',
    holds: 'tolerated: image and colours are not read; a missing description or scale takes a default',
    check: 'with SURVEY_FORM_ID set, the form is read and parsed',
    other: 'same',
  },
  'survey-answers': {
    what: 'Survey "Register form answers" takes `formID`, the attendance as `reference` (its protocol) with `attendanceUnitID`, and `answers` (`questionID`, `value`: a number on the scale, an option’s `ID`, or words)',
    why: 'The seed says it "sends both the form identification information and the set of filled questions and answers".',
    ifWrong:
      'The citizen is told calmly that the answers could not be registered, to try again; nothing is lost but the answers.',
    holds: 'each answer is checked against the form before it is sent',
    check: 'with --write, a test answer is registered for a test reference',
    other: 'same',
  },
} satisfies Record<string, Assumption>;
