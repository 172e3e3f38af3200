import { getTranslations } from 'next-intl/server';
import { ChoiceQuestion } from '@/components/booking/choice-question';
import { ServiceTypeHint } from '@/components/booking/service-type-hint';
import { StepFailure } from '@/components/booking/step-failure';
import { stepMetadata } from '@/lib/booking/metadata';
import { prepareChoice } from '@/lib/booking/step-flow';

export const generateMetadata = stepMetadata('serviceType');

export default async function ServiceTypePage(props: PageProps<'/book/service-type'>) {
  const search = await props.searchParams;
  const step = await prepareChoice('serviceType', search);
  if (step.kind === 'failed') return <StepFailure failure={step.failure} search={search} />;
  const t = await getTranslations('booking.category');
  const { context } = step;
  return (
    <ChoiceQuestion
      step="serviceType"
      context={context}
      hint={context.resolved.category?.name}
      empty={t('none')}
      options={context.options.map((type) => ({
        value: String(type.id),
        label: type.name,
        hint: <ServiceTypeHint type={type} />,
      }))}
    />
  );
}
