import { ChoiceQuestion } from '@/components/booking/choice-question';
import { StepFailure } from '@/components/booking/step-failure';
import { stepMetadata } from '@/lib/booking/metadata';
import { prepareChoice } from '@/lib/booking/step-flow';

export const generateMetadata = stepMetadata('region');

export default async function RegionPage(props: PageProps<'/book/region'>) {
  const search = await props.searchParams;
  const step = await prepareChoice('region', search);
  if (step.kind === 'failed') return <StepFailure failure={step.failure} search={search} />;
  const { context } = step;
  return (
    <ChoiceQuestion
      step="region"
      context={context}
      hint={context.resolved.serviceType?.name}
      options={context.options.map((region) => ({ value: String(region.id), label: region.name }))}
    />
  );
}
