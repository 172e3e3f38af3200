import { describe, expect, it, vi } from 'vitest';
import { simulatorSuite } from './harness';

const suite = simulatorSuite();

const booking = {
  protocol: '20261201000042',
  name: 'Maria',
  email: 'maria@exemplo.com.br',
  phone: '92991234567',
  service: 'Vistoria veicular',
  unit: 'Detran Sede Flores',
  address: 'Avenida Mário Ypiranga, 2800',
  date: '2 de dezembro de 2026',
  time: '09:30',
  language: 'pt-BR',
};

async function notifier(env: Record<string, string>) {
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.resetModules();
  const { log } = await import('@/lib/log');
  const { notifyBooking } = await import('@/lib/appointments/notify');
  return { notifyBooking, errors: vi.spyOn(log, 'error'), warnings: vi.spyOn(log, 'warn') };
}

describe('booking notifications', () => {
  it('go out on each channel with a template configured, and only those', async () => {
    const { notifyBooking } = await notifier({
      NOTIFY_EMAIL_TEMPLATE: 'booking-confirmation',
      NOTIFY_SMS_TEMPLATE: 'booking-confirmation',
    });
    await notifyBooking(booking);
    const sent = (await suite.control.notifications()).filter((n) =>
      JSON.stringify(n.parameters).includes(booking.protocol),
    );
    expect(sent.map((n) => n.channel).sort()).toEqual(['email', 'sms']);
  });

  it('use the English template for a citizen who booked in English, where one is set', async () => {
    const { notifyBooking } = await notifier({
      NOTIFY_EMAIL_TEMPLATE: 'booking-confirmation',
      NOTIFY_EMAIL_TEMPLATE_EN: 'booking-confirmation-en',
      NOTIFY_SMS_TEMPLATE: 'booking-confirmation',
    });
    const english = { ...booking, protocol: '20261201000043', date: 'December 2, 2026', language: 'en' };
    await notifyBooking(english);
    const sent = (await suite.control.notifications()).filter((n) =>
      JSON.stringify(n.parameters).includes(english.protocol),
    );
    expect(Object.fromEntries(sent.map((n) => [n.channel, n.templateID]))).toEqual({
      email: 'booking-confirmation-en',
      sms: 'booking-confirmation',
    });
    expect(sent[0]!.parameters).toMatchObject({ date: 'December 2, 2026', language: 'en' });
  });

  it('retry an unavailable upstream a bounded number of times, log the failure and never throw', async () => {
    await suite.control.fault('sendEmail', { status: 503 });
    const { notifyBooking, errors, warnings } = await notifier({
      NOTIFY_EMAIL_TEMPLATE: 'booking-confirmation',
      NOTIFY_ATTEMPTS: '3',
    });
    await suite.control.clearLog();
    await expect(notifyBooking(booking)).resolves.toBeUndefined();
    expect((await suite.control.log()).filter((e) => e.endpoint === 'sendEmail')).toHaveLength(3);
    expect(
      warnings.mock.calls.filter(([, message]) => message === 'booking notification failed, retrying'),
    ).toHaveLength(2);
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ channel: 'email', protocol: booking.protocol, attempts: 3 }),
      'booking notification failed',
    );
    await suite.control.clearFaults();
  });

  it('do not retry a template the upstream refuses', async () => {
    const { notifyBooking, errors } = await notifier({ NOTIFY_SMS_TEMPLATE: 'no-such-template', NOTIFY_ATTEMPTS: '3' });
    await suite.control.clearLog();
    await notifyBooking(booking);
    expect((await suite.control.log()).filter((e) => e.endpoint === 'sendSms')).toHaveLength(1);
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ channel: 'sms', kind: 'rejected' }),
      'booking notification failed',
    );
  });
});
