export type RadioOption = { value: string; label: React.ReactNode; hint?: React.ReactNode; disabled?: boolean };

type Props = {
  name: string;
  options: RadioOption[];
  value?: string;
  /** Spread onto each input (react-hook-form's register()). */
  input?: Record<string, unknown>;
};

/** Radio buttons with GOV.UK's contract: the first carries the bare name as id, so error links land on it. */
export function RadioItems({ name, options, value, input }: Props) {
  return (
    <div className="space-y-3">
      {options.map((option, index) => {
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
              aria-describedby={option.hint ? `${id}-item-hint` : undefined}
              {...input}
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
  );
}
