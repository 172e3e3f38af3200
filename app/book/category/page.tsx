import { getTranslations } from 'next-intl/server';
import { ChoiceQuestion } from '@/components/booking/choice-question';
import { StepFailure } from '@/components/booking/step-failure';
import { stepMetadata } from '@/lib/booking/metadata';
import { prepareChoice } from '@/lib/booking/step-flow';

export const generateMetadata = stepMetadata('category');

export default async function CategoryPage(props: PageProps<'/book/category'>) {
  const search = await props.searchParams;
  const step = await prepareChoice('category', search);
  if (step.kind === 'failed') return <StepFailure failure={step.failure} search={search} />;
  const t = await getTranslations('booking.category');
  const { context } = step;
  return (
    <ChoiceQuestion
      step="category"
      context={context}
      hint={context.resolved.company.name}
      empty={t('none')}
      options={context.options.map((c) => ({ value: String(c.id), label: c.name, hint: c.description }))}
    />
  );
}
