import { describedBy, ErrorMessage, FormGroup, Hint } from './field-parts';

/** Props every field shares; `input` carries react-hook-form's register() (name, ref, handlers). */
type Common = {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  errorPrefix: string;
  defaultValue?: string;
  input: { name: string } & Record<string, unknown>;
};

export function TextField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  defaultValue,
  input,
  type = 'text',
  autoComplete,
  inputMode,
  width = 'max-w-xl',
}: Common & {
  type?: string;
  autoComplete?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  width?: string;
}) {
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <Hint name={id}>{hint}</Hint>
      <ErrorMessage name={id} prefix={errorPrefix} message={error} />
      <input
        id={id}
        type={type}
        className={`input ${width}`}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FormGroup>
  );
}

export function TextArea({ id, label, hint, error, errorPrefix, defaultValue, input }: Common) {
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <Hint name={id}>{hint}</Hint>
      <ErrorMessage name={id} prefix={errorPrefix} message={error} />
      <textarea
        id={id}
        rows={4}
        className="input"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FormGroup>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  defaultValue,
  input,
  options,
  placeholder,
}: Common & { options: { value: string; label: string }[]; placeholder: string }) {
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <Hint name={id}>{hint}</Hint>
      <ErrorMessage name={id} prefix={errorPrefix} message={error} />
      <select
        id={id}
        className="input w-auto"
        defaultValue={defaultValue ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

export function CheckboxField({ id, label, hint, error, errorPrefix, defaultValue, input }: Common) {
  return (
    <FormGroup error={error}>
      <ErrorMessage name={id} prefix={errorPrefix} message={error} />
      <div className="radio">
        <input
          id={id}
          type="checkbox"
          value="true"
          defaultChecked={defaultValue === 'true'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...input}
        />
        <label htmlFor={id}>{label}</label>
        <Hint name={id}>{hint}</Hint>
      </div>
    </FormGroup>
  );
}

export function RadioField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  defaultValue,
  input,
  options,
}: Common & { options: { value: string; label: string }[] }) {
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="label">{label}</legend>
        <Hint name={id}>{hint}</Hint>
        <ErrorMessage name={id} prefix={errorPrefix} message={error} />
        <div className="space-y-3">
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div key={o.value} className="radio">
                <input
                  id={optionId}
                  type="radio"
                  value={o.value}
                  defaultChecked={defaultValue === o.value}
                  {...input}
                />
                <label htmlFor={optionId}>{o.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
