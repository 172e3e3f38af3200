/** Hint and error lines with the ids GOV.UK markup expects (`${name}-hint`, `${name}-error`). */
export function Hint({ name, children }: { name: string; children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <div id={`${name}-hint`} className="mb-3 text-secondary">
      {children}
    </div>
  );
}

export function ErrorMessage({ name, prefix, message }: { name: string; prefix: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${name}-error`} className="mb-3 font-bold text-error">
      <span className="sr-only">{prefix} </span>
      {message}
    </p>
  );
}

export const describedBy = (name: string, hint: unknown, error: unknown) =>
  [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;

export function FormGroup({ error, children }: { error?: string; children: React.ReactNode }) {
  return <div className={`mb-8 ${error ? 'border-l-4 border-error pl-4' : ''}`}>{children}</div>;
}
