import { describedBy, ErrorMessage, FormGroup, Hint } from './field-parts';

export type RadioOption = { value: string; label: React.ReactNode; hint?: React.ReactNode; disabled?: boolean };

type Props = {
  name: string;
  legend: React.ReactNode;
  /** The question is the page's: the legend holds the page's h1. */
  isPageHeading?: boolean;
  hint?: React.ReactNode;
  error?: string;
  errorPrefix: string;
  options: RadioOption[];
  value?: string;
  required?: boolean;
};

export function Radios({ name, legend, isPageHeading, hint, error, errorPrefix, options, value, required }: Props) {
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy(name, hint, error)}>
        <legend className={isPageHeading ? 'mb-4' : 'mb-2 text-xl font-bold'}>
          {isPageHeading ? <h1 className="heading-l">{legend}</h1> : legend}
        </legend>
        <Hint name={name}>{hint}</Hint>
        <ErrorMessage name={name} prefix={errorPrefix} message={error} />
        <div className="space-y-3">
          {options.map((option, index) => {
            // The first radio carries the bare name, so the error summary's link lands on it.
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div key={option.value} className="radio">
                <input
                  id={id}
                  type="radio"
                  name={name}
                  value={option.value}
                  defaultChecked={option.value === value}
                  disabled={option.disabled}
                  required={required}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                />
                <label htmlFor={id}>{option.label}</label>
                {option.hint && (
                  <div id={`${id}-item-hint`} className="radio-hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
