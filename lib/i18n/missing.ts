/**
 * A message the catalogue lacks, as a page would show it: its path in corner brackets, so that it
 * can be found (the end-to-end tests fail on any page that shows one), where a bare key would
 * pass for a word.
 */
export const MISSING_MARK = '⟦';

export function missingMessage({ namespace, key }: { namespace?: string; key: string }): string {
  return `${MISSING_MARK}${[namespace, key].filter(Boolean).join('.')}⟧`;
}
