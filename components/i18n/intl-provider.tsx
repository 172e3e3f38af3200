'use client';

import format from 'icu-minify/format';
import type { MessageKeys, Messages, NamespaceKeys, NestedKeyOf, NestedValueOf } from 'next-intl';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { missingMessage } from '@/lib/i18n/missing';

/**
 * The client components' words. The catalogues are compiled at build time (next.config.ts:
 * next-intl's `precompile`, with icu-minify), so the browser only formats them: with icu-minify's
 * own formatter (under 1 kB), not next-intl's client runtime (use-intl, a few kB on every page
 * with a client form). The server keeps next-intl whole; the client gets `useTranslations` and
 * `useLocale` with next-intl's names and meaning for the calls it makes (`t(key, values)`).
 */
type Compiled = Parameters<typeof format>[0];
export type ClientMessages = { [key: string]: ClientMessages | Compiled };
type Values = Record<string, string | number | Date>;

const Words = createContext<{ locale: string; timeZone: string; messages: ClientMessages } | null>(null);

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

export function IntlProvider({
  locale,
  timeZone,
  messages,
  children,
}: {
  locale: string;
  timeZone: string;
  messages: ClientMessages;
  children: ReactNode;
}) {
  return <Words.Provider value={{ locale, timeZone, messages }}>{children}</Words.Provider>;
}

function useWords() {
  const words = useContext(Words);
  if (!words) throw new Error('a client component that speaks needs <ClientIntl> around it');
  return words;
}

export const useLocale = () => useWords().locale;

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type Key<N extends Namespace> = MessageKeys<NestedValueOf<Messages, N>, NestedKeyOf<NestedValueOf<Messages, N>>>;

/**
 * `t(key, values)` in a namespace (dot path), its keys checked against the catalogue as
 * next-intl's are; a missing message is marked, as on the server.
 */
export function useTranslations<N extends Namespace>(namespace: N) {
  const { locale, timeZone, messages } = useWords();
  return useCallback(
    (key: Key<N>, values?: Values): string => {
      let found: ClientMessages | Compiled | undefined = messages;
      for (const part of `${namespace}.${key}`.split('.')) {
        found = found && typeof found === 'object' && !Array.isArray(found) ? found[part] : undefined;
      }
      if (found === undefined || (typeof found === 'object' && !Array.isArray(found))) {
        return missingMessage({ namespace, key });
      }
      const text = format(found as Compiled, locale, values, { formatters, timeZone });
      return Array.isArray(text) ? text.join('') : String(text);
    },
    [locale, timeZone, messages, namespace],
  );
}
