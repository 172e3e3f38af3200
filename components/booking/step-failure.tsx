import { FailurePanel } from '@/components/feedback/failure-panel';
import { HelpLineNote } from '@/components/feedback/help-line';
import type { Failure } from '@/lib/failure';
import { readParam, type SearchParams } from '@/lib/http/search-params';

const positive = (value: string | undefined) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * A step of the journey that could not be shown: the calm failure, and under it the help line of
 * the company (or unit) the journey names, from what is cached or readable (nothing otherwise).
 */
export function StepFailure({ failure, search }: { failure: Failure; search: SearchParams }) {
  const companyId = positive(readParam(search, 'company'));
  return (
    <>
      <FailurePanel failure={failure} />
      {companyId && <HelpLineNote scope={{ companyId, unitId: positive(readParam(search, 'unit')) }} />}
    </>
  );
}
