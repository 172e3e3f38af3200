import 'server-only';
import { getLocale } from 'next-intl/server';
import { grantAccess } from '@/lib/appointments/access';
import { staffAppointmentUrl } from '@/lib/http/public-url';
import { bookingNotice } from '@/lib/notices/booking-notice';
import { rememberLanguage } from '@/lib/notices/language';
import { enqueueNotices } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { receiptFactsOf } from '@/lib/receipt/facts';
import { releaseReplaced } from '@/lib/requests/replacing';
import { isStoreUnavailable } from '@/lib/store';
import { availability } from './availability';
import { clearDraft, type Draft } from './draft';
import { bookingKeys, type Receipt } from './idempotency';
import { rememberBooking } from './just-booked';

/** What a booking's confirmation is, once made: its receipt and the person's name for the messages. */
export type Booked = Omit<Receipt, 'replaces'> & { name: string };

/** What the confirm's page is told, once booked. */
export type Settled = { kind: 'confirmed'; ref: string } | { kind: 'booked-unrecorded'; protocol: string };

/**
 * What follows a booking, whichever request learnt of it (the create's own, or a reconcile after a
 * lost answer): the day's cached times forget the hour, the key remembers the receipt, this browser
 * may see the appointment, the draft goes, the check page knows it was booked, the confirmation is
 * queued, and an appointment it takes the place of is asked to be released. Only the key matters
 * to the citizen: without it the protocol is shown straight away; the rest is let go when the
 * store is away.
 */
export async function afterBooking(key: string, booked: Booked, draft: Draft | undefined): Promise<Settled> {
  const { name, ...receiptOf } = booked;
  // The time is taken now: the micro-cache's copy of the day no longer offers it to anyone.
  await availability.changed({ unitId: booked.unit.id, serviceTypeId: booked.serviceType.id, date: booked.date });
  // A new time chosen for an appointment: its draft says which (gone once this booking is cleared up).
  const replaces = draft?.key === key && draft.replaces !== booked.protocol ? draft.replaces : undefined;
  const receipt: Receipt = { ...receiptOf, replaces };
  let recorded = true;
  try {
    await bookingKeys.settle(key, receipt);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    recorded = false;
  }
  await grantAccess(booked.protocol);
  const place = { unit: booked.unit.id, serviceType: booked.serviceType.id, date: booked.date, time: booked.time };
  await Promise.all([quietly(clearDraft()), quietly(rememberBooking(key, place))]);
  await Promise.all([
    queueConfirmation(receipt, name),
    replaces && releaseReplaced(replaces, booked.protocol, await getLocale()),
  ]);
  return recorded ? { kind: 'confirmed', ref: key } : { kind: 'booked-unrecorded', protocol: booked.protocol };
}

/** A step that only makes things smoother: the store being away does not stop the booking. */
export async function quietly(step: Promise<void>): Promise<void> {
  try {
    await step;
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
  }
}

/**
 * The confirmation, queued before the page answers (a crash or a restart after the booking does not
 * lose it), in the citizen's language at the unit's clock; the language is kept for the reminders.
 * A queue that cannot take it is logged: it never undoes or delays the booking.
 */
async function queueConfirmation(receipt: Receipt, name: string) {
  const { protocol } = receipt;
  const language = await getLocale();
  try {
    await rememberLanguage(protocol, language).catch((error: unknown) => {
      if (!isStoreUnavailable(error)) throw error;
    });
    const notice = await bookingNotice(
      {
        protocol,
        person: { name, email: receipt.email, phone: receipt.phone },
        consent: receipt.consent,
        service: receipt.serviceType.name,
        unit: receipt.unit,
        date: receipt.date,
        time: receipt.time,
      },
      language,
    );
    await enqueueNotices(
      notice,
      'confirmation',
      receiptFactsOf(receipt, language, await staffAppointmentUrl(receipt.protocol)),
    );
  } catch (error) {
    log.error({ protocol, err: (error as Error).message }, 'booking confirmation not queued');
  }
}
