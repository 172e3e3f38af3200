import type { Assumption } from './assumption';

/** What the survey and the journey's events rely on: the seed names the calls and what they carry, not their fields. */
export const engagementAssumptions = {
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
  'pulse-session': {
    what: 'Pulse "Create App Session" takes `app`, `platform` (web), `externalID` (the journey’s random id) and `language`, and answers `sessionID`',
    why: 'The seed says it "creates a app session, allowing the system to recognize and authenticate an app that is connecting"; the examples are empty.',
    ifWrong:
      'The journey’s events are not sent (logged, tried again, then dropped); /metrics still counts them; no page is touched.',
    holds: 'sent from background jobs only; a session id may come as a number or a string',
    check: 'with --write, a session for a test journey',
    other: 'same',
  },
  'pulse-events': {
    what: 'Pulse "Register event" takes `sessionID`, `name`, `properties` (words and numbers) and `occurredAt` (ISO, to the millisecond)',
    why: 'The seed says it "registers custom events related to an app session … such as clicks, accesses, screen views, errors".',
    ifWrong: 'As above: the events are dropped after their tries, logged, and counted in /metrics only.',
    holds: 'the order is the events’ own `occurredAt`: the jobs that send them may not keep it',
    check: 'with --write, one event in the test session',
    other: 'same',
  },
} satisfies Record<string, Assumption>;
