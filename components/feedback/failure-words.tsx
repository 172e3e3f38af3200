'use client';

import { createContext, useContext, type ReactNode } from 'react';

/**
 * The words the last-resort error page needs, translated on the server by the root layout: that
 * page is drawn in the browser, and this keeps the formatting runtime off every other page.
 */
export type FailureWords = {
  genericTitle: string;
  genericBody: string;
  storeTitle: string;
  storeBody: string;
  kept: string;
  retry: string;
  home: string;
  /** With `{reference}` where the reference goes. */
  reference: string;
};

const Words = createContext<FailureWords | undefined>(undefined);

export function FailureWordsProvider({ words, children }: { words: FailureWords; children: ReactNode }) {
  return <Words.Provider value={words}>{children}</Words.Provider>;
}

export function useFailureWords(): FailureWords {
  const words = useContext(Words);
  if (!words) throw new Error('FailureWordsProvider is missing from the root layout');
  return words;
}
