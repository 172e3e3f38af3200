import type { SummaryRow } from '@/components/ui/summary-list';
import { formatCpf } from '@/lib/br/cpf';
import type { DetailsInput } from '@/lib/details/schema';

type Words = (
  key:
    | 'details.name'
    | 'details.cpf'
    | 'details.attendeeName'
    | 'details.attendeeCpf'
    | 'details.guardianName'
    | 'details.guardianCpf'
    | 'details.withoutCpf',
) => string;

type Person = Pick<DetailsInput, 'forWhom' | 'name' | 'cpf' | 'noCpf' | 'guardianName' | 'guardianCpf'>;

/**
 * Who the appointment is for, as a summary: the name and CPF; for someone else, the attendee's
 * (or that they have none yet) and the responsible person's. One wording for the check page,
 * "my data" and the front desk. `change` gives each row its "change" link, where there is one.
 */
export function personRows(t: Words, person: Person, change?: (what: string) => SummaryRow['change']): SummaryRow[] {
  const row = (key: string, value: string): SummaryRow => ({ key, value, change: change?.(key) });
  if (person.forWhom !== 'other') {
    return [row(t('details.name'), person.name), row(t('details.cpf'), formatCpf(person.cpf))];
  }
  return [
    row(t('details.attendeeName'), person.name),
    row(t('details.attendeeCpf'), person.noCpf === 'true' ? t('details.withoutCpf') : formatCpf(person.cpf)),
    row(t('details.guardianName'), person.guardianName),
    row(t('details.guardianCpf'), formatCpf(person.guardianCpf)),
  ];
}
