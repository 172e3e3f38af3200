// Straight from the contract's types, not through ./time: this module runs in the browser too,
// and ./time brings the date library with it.
import { BRASILIA, type Address } from '@/lib/tatodesk/types';

export function formatAddress(a: Address): string {
  const street = [a.street, a.number].filter(Boolean).join(', ');
  const line = a.complement ? `${street}, ${a.complement}` : street;
  return `${line} – ${a.district}, ${a.city} – ${a.state}, ${a.zipCode}`;
}

/** A calendar date (YYYY-MM-DD) as the citizen reads it, with no time-zone shift. */
export function formatDate(date: string, locale: string, style: 'long' | 'full' = 'full'): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** "terça-feira, 1 de dezembro" → "Terça-feira, 1 de dezembro": a capital that never wraps apart. */
export const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** The zone's name in the citizen's language, e.g. "Horário do Amazonas" / "Amazon Standard Time". */
export function zoneName(timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(new Date());
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Whether a unit's wall clock differs from Brasília's today (then the zone is named). */
export function differsFromBrasilia(timeZone: string, at = new Date()): boolean {
  if (timeZone === BRASILIA) return false;
  const offset = (zone: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  return offset(timeZone) !== offset(BRASILIA);
}

/** A moment (ISO instant) as a date and a time on a zone's clock: "26 de novembro de 2026 01:10". */
export function formatInstant(instant: string, locale: string, timeZone = BRASILIA): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(instant));
}
