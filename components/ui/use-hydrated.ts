'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** True once the page runs JavaScript: for controls that do nothing without it (print, copy). */
export const useHydrated = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
