'use client';

import { useEffect, useRef } from 'react';

export type FieldError = { field: string; message: string };

/**
 * GOV.UK error summary: built from the same errors as the inline messages, takes focus when it
 * appears and links each message to its field. (Pages mark their title "Error:" themselves.)
 */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-error p-4 focus:outline-none focus-visible:outline-3 focus-visible:outline-focus sm:p-6"
    >
      <h2 id="error-summary-title" className="heading-m">
        {title}
      </h2>
      <ul className="space-y-2">
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`} className="font-bold text-error visited:text-error">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
