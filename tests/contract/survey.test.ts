import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consentAnswers } from '@/lib/answers/consent';
import { citizen, simulatorSuite } from './harness';
import { noticeWorkers } from './notices';

const suite = simulatorSuite();
let workers: Awaited<ReturnType<typeof noticeWorkers>>;

beforeAll(async () => {
  vi.stubEnv('SESSION_SECRET', 'a-test-secret-of-at-least-32-characters');
  workers = await noticeWorkers({
    PUBLIC_URL: 'https://agendamento.exemplo.gov.br',
    SURVEY_FORM_ID: '1',
    SURVEY_DELAY_MINUTES: '0',
    NOTIFY_SURVEY_EMAIL_TEMPLATE: 'visit-survey',
    NOTIFY_SURVEY_WHATSAPP_TEMPLATE: 'visit-survey',
  });
}, 60_000);
afterAll(async () => {
  await suite.control.setClock(null);
  await workers?.stop();
});

let people = 0;
/** A visit of the test's own today, booked as another channel would, with the tick for WhatsApp. */
async function visit(date?: string) {
  const at = await suite.control.lease({ unitID: 511, attendanceTypeID: 314, date });
  people++;
  const person = { ...citizen, email: `pesquisa.${people}@exemplo.com.br`, phone: `6899200${String(1000 + people)}` };
  const form = consentAnswers({ whatsapp: true, sms: false });
  const protocol = await suite.control.book({
    companyID: 105,
    unitID: 511,
    attendanceTypeID: 314,
    ...at,
    client: person,
    form,
  });
  return { protocol, person };
}
const invitations = async (protocol: string) =>
  (await suite.control.notifications()).filter(
    (n) => n.metadata?.protocol === protocol && n.metadata.kind === 'survey',
  );
const sweep = () => workers.handlers['survey-sweep']!({}, 1);

describe('the survey after a visit', () => {
  it('invites a finished attendance once, whatever the sweeps, with a signed link to its survey', async () => {
    const finished = await visit('2026-12-02');
    const waiting = await visit('2026-12-02');
    // The visit's day, in the evening: it was seen, and finished.
    await suite.control.setClock('2026-12-02T19:00:00-03:00');
    await suite.control.setStatus(finished.protocol, 'finished');
    await Promise.all([sweep(), sweep()]);
    await sweep();
    await workers.settled();

    const sent = await invitations(finished.protocol);
    expect(sent.map((n) => [n.channel, n.templateID, n.to]).sort()).toEqual([
      ['email', 'visit-survey', finished.person.email],
      ['whatsapp', 'visit-survey', `55${finished.person.phone}`],
    ]);
    expect(await invitations(waiting.protocol)).toEqual([]);
    const parameters = sent[0]!.parameters as Record<string, string>;
    expect(parameters.link).toMatch(/^https:\/\/agendamento\.exemplo\.gov\.br\/survey\/[\w-]+\.[\w-]+\.[\w-]+$/);
    const { readSurveyToken } = await import('@/lib/survey/link');
    const token = parameters.link!.split('/survey/')[1]!;
    expect(await readSurveyToken(token)).toEqual({
      ok: true,
      link: { protocol: finished.protocol, unitId: 511, formId: 1, date: '2026-12-02', serviceTypeId: 314 },
    });
    // A token changed by one character is not ours.
    expect(await readSurveyToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('registers the answers once, checked against the form, with the protocol and the unit', async () => {
    const { protocol } = await visit();
    const { surveyForm } = await import('@/lib/survey/form');
    const { readAnswers } = await import('@/lib/survey/answers');
    const { registerOnce } = await import('@/lib/survey/register');
    const form = await surveyForm(1);
    expect(form.questions.map((q) => q.type)).toEqual(['scale', 'choice', 'text']);

    const refused = readAnswers(
      form,
      new URLSearchParams({ q11: '9', q12: '', q13: 'x'.repeat(1001) }) as unknown as FormData,
    );
    expect(refused).toMatchObject({ ok: false, errors: { q11: 'invalid', q12: 'required', q13: 'too-long' } });
    const read = readAnswers(
      form,
      new URLSearchParams({ q11: '4', q12: '2', q13: '  Fila rápida.  ' }) as unknown as FormData,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const link = { protocol, unitId: 511, formId: 1 };
    const outcomes = await Promise.all([registerOnce(link, read.answers), registerOnce(link, read.answers)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['already', 'registered']);
    expect(await registerOnce(link, read.answers)).toEqual({ kind: 'already' });
    const registered = (await suite.control.surveyAnswers()).filter((a) => a.reference === protocol);
    expect(registered).toEqual([
      expect.objectContaining({
        formID: 1,
        attendanceUnitID: 511,
        answers: [
          { questionID: 11, value: 4 },
          { questionID: 12, value: 2 },
          { questionID: 13, value: 'Fila rápida.' },
        ],
      }),
    ]);
  });

  it('lets the citizen try again when Tatodesk refused the answers, and never sends twice when the answer was lost', async () => {
    const { registerOnce } = await import('@/lib/survey/register');
    const answers = [
      { questionId: 11, value: 5 },
      { questionId: 12, value: 1 },
    ];
    const refusedAt = { protocol: (await visit()).protocol, unitId: 511, formId: 1 };
    await suite.control.fault('registerFormAnswers', { status: 400 });
    expect(await registerOnce(refusedAt, answers)).toEqual({ kind: 'failed' });
    await suite.control.clearFaults();
    expect(await registerOnce(refusedAt, answers)).toEqual({ kind: 'registered' });

    const lostAt = { protocol: (await visit()).protocol, unitId: 511, formId: 1 };
    await suite.control.fault('registerFormAnswers', { status: 502 });
    expect(await registerOnce(lostAt, answers)).toEqual({ kind: 'unknown' });
    await suite.control.clearFaults();
    expect(await registerOnce(lostAt, answers)).toEqual({ kind: 'already' });
  });
});
