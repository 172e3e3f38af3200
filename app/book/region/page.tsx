import { ChoiceQuestion } from '@/components/booking/choice-question';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { stepMetadata } from '@/lib/booking/metadata';
import { prepareChoice } from '@/lib/booking/step-flow';

export const generateMetadata = stepMetadata('region');

export default async function RegionPage(props: PageProps<'/book/region'>) {
  const step = await prepareChoice('region', await props.searchParams);
  if (step.kind === 'failed') return <FailurePanel failure={step.failure} />;
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
