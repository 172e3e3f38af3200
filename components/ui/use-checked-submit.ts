'use client';

import { startTransition, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * A form that posts to a server action (so it works without JavaScript) and, with JavaScript,
 * lets react-hook-form check the shared zod schema first: nothing is sent until it passes.
 */
export function useCheckedSubmit<T extends FieldValues>(form: UseFormReturn<T>, formAction: (data: FormData) => void) {
  const ref = useRef<HTMLFormElement>(null);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.handleSubmit(() => startTransition(() => formAction(new FormData(ref.current!))))(event);
  };
  return { ref, onSubmit };
}
