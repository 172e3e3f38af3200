'use client';

import type { FieldValues, Resolver } from 'react-hook-form';

/**
 * react-hook-form's resolver for a form's shared zod schema, loaded on first use rather than with
 * the page: the schema library stays out of the JavaScript a phone downloads first (the page's
 * budget, scripts/budget/). `warm` starts the load when the form is first touched, so that the
 * check on submit does not wait for it; the server checks the same schema whatever happens here.
 */
export function lazyResolver<T extends FieldValues>(load: () => Promise<Resolver<T>>) {
  let loading: Promise<Resolver<T>> | undefined;
  const loaded = () => (loading ??= load());
  const resolver: Resolver<T> = async (values, context, options) => (await loaded())(values, context, options);
  return {
    resolver,
    warm: () => {
      // A failed load (the connection dropped) is tried again at the next touch or submit.
      loaded().catch(() => (loading = undefined));
    },
  };
}
