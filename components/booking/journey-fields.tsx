import type { Journey } from '@/lib/booking/journey';
import { journeyQuery, type Step } from '@/lib/booking/steps';

/** The answers so far, carried by a GET form so that the state stays in the URL. */
export function JourneyFields({ journey, step, returnTo }: { journey: Journey; step: Step; returnTo?: string }) {
  const query = new URLSearchParams(journeyQuery(journey, step, { return: returnTo }));
  query.delete(step);
  return (
    <>
      {[...query].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
