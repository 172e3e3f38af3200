import 'server-only';
import { isLocale } from '@/lib/i18n/config';
import { store } from '@/lib/store';

const TTL_MS = 90 * 24 * 3600 * 1000;
const key = (protocol: string) => `language:${protocol}`;

/** The language a citizen booked in, so that their reminders speak it too (the upstream keeps none). */
export async function rememberLanguage(protocol: string, language: string): Promise<void> {
  await store().set(key(protocol), language, TTL_MS);
}

export async function languageOf(protocol: string): Promise<string | undefined> {
  const language = await store().get<string>(key(protocol));
  return isLocale(language) ? language : undefined;
}

/** Forgotten on the citizen's request to delete their data (reminders then speak Portuguese). */
export async function forgetLanguage(protocol: string): Promise<void> {
  await store().delete(key(protocol));
}
