import { getTranslations } from 'next-intl/server';
import { ChoiceQuestion } from '@/components/booking/choice-question';
import { StepFailure } from '@/components/booking/step-failure';
import { stepMetadata } from '@/lib/booking/metadata';
import { prepareChoice } from '@/lib/booking/step-flow';
import { formatAddress } from '@/lib/format';

export const generateMetadata = stepMetadata('unit');

export default async function UnitPage(props: PageProps<'/book/unit'>) {
  const search = await props.searchParams;
  const step = await prepareChoice('unit', search);
  if (step.kind === 'failed') return <StepFailure failure={step.failure} search={search} />;
  const t = await getTranslations('booking.unit');
  const { context } = step;
  return (
    <ChoiceQuestion
      step="unit"
      context={context}
      hint={context.resolved.region?.name}
      empty={t('none')}
      options={context.options.map((unit) => ({
        value: String(unit.id),
        label: unit.name,
        hint: formatAddress(unit.address),
      }))}
    />
  );
}
