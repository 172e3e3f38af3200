import type { SummaryRow } from '@/components/ui/summary-list';
import { isRecordAnswer } from '@/lib/answers';
import { formatPhone } from '@/lib/br/phone';
import { formatDate } from '@/lib/format';
import type { Answer, FormField } from '@/lib/tatodesk/types';

type Words = (key: 'details.yes' | 'details.no') => string;

/** One answer as its question showed it: the option's label, the date in words, the phone formatted, a tick as yes or no. */
export function shownAnswer(field: FormField | undefined, raw: string, locale: string, t: Words): string {
  const yesNo = raw === 'true' ? t('details.yes') : raw === 'false' ? t('details.no') : undefined;
  switch (field?.type) {
    case undefined:
      return yesNo ?? raw;
    case 'checkbox':
      return raw === 'true' ? t('details.yes') : t('details.no');
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? formatDate(raw, locale, 'long') : raw;
    case 'phone':
      return formatPhone(raw);
    case 'number': {
      const n = Number(raw);
      return raw !== '' && Number.isFinite(n) ? new Intl.NumberFormat(locale).format(n) : raw;
    }
    case 'select':
    case 'radio':
      return field.options?.find((o) => o.value === raw)?.label ?? yesNo ?? raw;
    default:
      return raw;
  }
}

/**
 * The service's answers as summary rows, as the form showed them: in the order of its questions,
 * then any it no longer asks (by the label kept with them); never the product's own records.
 * One wording for the check page, "my data" and the front desk; `change` gives each its link.
 */
export function answerRows(
  t: Words,
  fields: readonly FormField[],
  answers: readonly (Answer & { label?: string })[],
  locale: string,
  change?: (what: string) => SummaryRow['change'],
): SummaryRow[] {
  const given = answers.filter((a) => a.value !== '' && !isRecordAnswer(a.key));
  const asked = fields.flatMap((f) => {
    const answer = given.find((a) => a.key === f.key);
    return answer ? [{ key: f.label, value: shownAnswer(f, answer.value, locale, t), change: change?.(f.label) }] : [];
  });
  const others = given
    .filter((a) => !fields.some((f) => f.key === a.key))
    .map((a) => ({ key: a.label ?? a.key, value: shownAnswer(undefined, a.value, locale, t) }));
  return [...asked, ...others];
}
