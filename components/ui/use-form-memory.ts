'use client';

import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Keeps what the person has typed in this tab's session storage until the form is sent, so that a
 * page load that is not a submission (the language switch, a reload) loses nothing. Cleared by
 * `forget` once the form goes to the server, and by the browser when the tab closes.
 */
export function useFormMemory<T extends FieldValues>(form: UseFormReturn<T>, key: string) {
  const storageKey = `form-memory:${key}`;
  useEffect(() => {
    const saved = sessionStorage.getItem(storageKey);
    if (saved) {
      try {
        form.reset(JSON.parse(saved) as T, { keepDefaultValues: true });
      } catch {
        sessionStorage.removeItem(storageKey);
      }
    }
    const watching = form.watch((values) => sessionStorage.setItem(storageKey, JSON.stringify(values)));
    return () => watching.unsubscribe();
  }, [form, storageKey]);
  return { forget: () => sessionStorage.removeItem(storageKey) };
}
