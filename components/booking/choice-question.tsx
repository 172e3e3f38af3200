import { RadioItems, type RadioOption } from '@/components/ui/radios';
import type { ChoiceContext } from '@/lib/booking/step-flow';
import type { ChoiceStep } from '@/lib/booking/steps';
import { QuestionPage } from './question-page';

type Props<S extends ChoiceStep> = {
  step: S;
  context: ChoiceContext<S>;
  options: RadioOption[];
  hint?: React.ReactNode;
  empty?: React.ReactNode;
};

/** A catalogue question (category, type, region, unit): a list of radio buttons. */
export function ChoiceQuestion<S extends ChoiceStep>({ step, context, options, hint, empty }: Props<S>) {
  return (
    <QuestionPage step={step} context={context} hint={hint} empty={options.length === 0 ? empty : undefined}>
      <RadioItems name={step} options={options} value={context.value} />
    </QuestionPage>
  );
}
