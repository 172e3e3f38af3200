import { describedBy, ErrorMessage, FormGroup, Hint } from './field-parts';
import { RadioItems } from './radios';

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

/** Label, hint and error above a control, and the attributes that tie them to it. */
function Labelled({
  id,
  label,
  hint,
  error,
  errorPrefix,
  children,
}: Omit<Common, 'input'> & { children: React.ReactNode }) {
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <Hint name={id}>{hint}</Hint>
      <ErrorMessage name={id} prefix={errorPrefix} message={error} />
      {children}
    </FormGroup>
  );
}

const described = ({ id, hint, error }: Pick<Common, 'id' | 'hint' | 'error'>) => ({
  id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(id, hint, error),
});

type TextProps = Common & {
  type?: string;
  autoComplete?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  width?: string;
};

export function TextField({ type = 'text', autoComplete, inputMode, width = 'max-w-xl', ...field }: TextProps) {
  return (
    <Labelled {...field}>
      <input
        {...described(field)}
        type={type}
        className={`input ${width}`}
        defaultValue={field.defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={false}
        {...field.input}
      />
    </Labelled>
  );
}

export function TextArea(field: Common) {
  return (
    <Labelled {...field}>
      <textarea {...described(field)} rows={4} className="input" defaultValue={field.defaultValue} {...field.input} />
    </Labelled>
  );
}

type Options = { options: { value: string; label: string }[] };

export function SelectField({ options, placeholder, ...field }: Common & Options & { placeholder: string }) {
  return (
    <Labelled {...field}>
      <select {...described(field)} className="input w-auto" defaultValue={field.defaultValue ?? ''} {...field.input}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function CheckboxField(field: Common) {
  return (
    <FormGroup error={field.error}>
      <ErrorMessage name={field.id} prefix={field.errorPrefix} message={field.error} />
      <div className="radio">
        <input
          {...described(field)}
          type="checkbox"
          value="true"
          defaultChecked={field.defaultValue === 'true'}
          {...field.input}
        />
        <label htmlFor={field.id}>{field.label}</label>
        <Hint name={field.id}>{field.hint}</Hint>
      </div>
    </FormGroup>
  );
}

export function RadioField({ options, ...field }: Common & Options) {
  return (
    <FormGroup error={field.error}>
      <fieldset aria-describedby={describedBy(field.id, field.hint, field.error)}>
        <legend className="label">{field.label}</legend>
        <Hint name={field.id}>{field.hint}</Hint>
        <ErrorMessage name={field.id} prefix={field.errorPrefix} message={field.error} />
        <RadioItems name={field.id} options={options} value={field.defaultValue} input={field.input} />
      </fieldset>
    </FormGroup>
  );
}
