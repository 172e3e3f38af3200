import 'server-only';
import { log } from '@/lib/ops/log';
import { store } from '@/lib/store';
import type { SurveyAnswer, SurveyForm } from '@/lib/tatodesk';

/**
 * What citizens thought of their visits, for the managers' week: Register form answers has no
 * read in the seed, so each registered survey is also added up here, in the shared store, by unit,
 * day of the visit and service (answers on the form's scale; nothing of the person).
 */
export type Scores = { surveys: number; sum: number; answers: number };

const KEEP_MS = 400 * 24 * 60 * 60 * 1000;
const key = (unit: number, date: string, service: number, part: keyof Scores) =>
  `survey-scores:${unit}:${date}:${service}:${part}`;

/** Adds one registered survey's scale answers. The store away, it is lost from this view (logged). */
export async function addScores(
  at: { unitId: number; date: string; serviceTypeId: number },
  form: SurveyForm,
  answers: SurveyAnswer[],
): Promise<void> {
  const scale = new Set(form.questions.filter((q) => q.type === 'scale').map((q) => q.id));
  const values = answers
    .filter((a) => scale.has(a.questionId) && typeof a.value === 'number')
    .map((a) => Number(a.value));
  const parts: Scores = { surveys: 1, sum: values.reduce((s, v) => s + v, 0), answers: values.length };
  try {
    await Promise.all(
      (Object.keys(parts) as (keyof Scores)[]).map((part) =>
        store().increment(key(at.unitId, at.date, at.serviceTypeId, part), parts[part], KEEP_MS),
      ),
    );
  } catch (error) {
    log.warn({ err: error }, 'survey scores not added up: the store did not take them');
  }
}

/** The scores of a unit's services on these days, by `date|service`; the store away, none. */
export async function readScores(
  unit: number,
  cells: readonly { date: string; serviceTypeId: number }[],
): Promise<Map<string, Scores> | undefined> {
  try {
    const read = await Promise.all(
      cells.map(async ({ date, serviceTypeId }) => {
        const [surveys, sum, answers] = await Promise.all(
          (['surveys', 'sum', 'answers'] as const).map(
            async (part) => (await store().get<number>(key(unit, date, serviceTypeId, part))) ?? 0,
          ),
        );
        return [`${date}|${serviceTypeId}`, { surveys: surveys!, sum: sum!, answers: answers! }] as const;
      }),
    );
    return new Map(read);
  } catch {
    return undefined;
  }
}
