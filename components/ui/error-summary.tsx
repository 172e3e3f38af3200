'use client';

import { useEffect, useEffectEvent, useRef } from 'react';

export type FieldError = { field: string; message: string };

type Props = {
  title: string;
  errors: FieldError[];
  /**
   * A new value for each submission (with JavaScript, react-hook-form's submit count; without, each
   * page load mounts the summary anew): focus comes back only then.
   */
  submission: unknown;
};

/**
 * GOV.UK error summary: built from the same errors as the inline messages, links each message to
 * its field, and takes focus when a submission ends in errors ("on initialisation"), never again
 * while the person corrects a field, so that no keystroke is lost. (Pages mark their title
 * "Error:" themselves.)
 */
export function ErrorSummary({ title, errors, submission }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const focus = useEffectEvent(() => {
    if (errors.length > 0) ref.current?.focus();
  });
  useEffect(() => focus(), [submission]);
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
