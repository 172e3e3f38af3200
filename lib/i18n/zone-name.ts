import 'server-only';
import { differsFromBrasilia, zoneName as intlZoneName } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * A unit's zone as its citizens say it: by its city and state ("Cuiabá (Mato Grosso)"), not by the
 * standard's name (CLDR calls Cuiabá's zone "Amazon Standard Time"). Other zones keep Intl's name.
 * In the language named, so that a job with no request (a reminder) says it as a page would.
 */
export async function zoneName(timeZone: string, locale: string): Promise<string> {
  const t = translatorFor(locale);
  const key = `zones.${timeZone.replace(/\//g, '_')}` as Parameters<typeof t>[0];
  return t.has(key) ? t(key) : intlZoneName(timeZone, locale);
}

/** The zone's name where the unit's clock differs from Brasília's; nothing where it does not. */
export const unitZone = async (timeZone: string, locale: string) =>
  differsFromBrasilia(timeZone) ? zoneName(timeZone, locale) : undefined;

/** A wall-clock time at a unit, "08:00, horário de Manaus (Amazonas)" where that is not Brasília time. */
export async function unitTime(time: string, timeZone: string, locale: string): Promise<string> {
  const zone = await unitZone(timeZone, locale);
  return zone ? translatorFor(locale)('booking.check.timeInZone', { time, zone }) : time;
}
