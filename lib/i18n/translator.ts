import { createTranslator } from 'next-intl';
import { defaultLocale, isLocale, type Locale } from './config';
import en from './messages/en.json';
import ptBR from './messages/pt-BR.json';

/**
 * The app's words in a language named outright, where no request says which (a job sending a
 * reminder): the same messages the pages use.
 */
export function translatorFor(language: string) {
  const locale: Locale = isLocale(language) ? language : defaultLocale;
  return createTranslator({ locale, messages: locale === 'en' ? en : ptBR });
}
