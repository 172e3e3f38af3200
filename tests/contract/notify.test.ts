import { afterEach, describe, expect, it } from 'vitest';
import { simulatorSuite } from './harness';
import { noticeWorkers } from './notices';

const suite = simulatorSuite();

let protocols = 0;
/** A booking's notice with a protocol and a phone of its own, so that tests never see each other's messages. */
function notice(language = 'pt-BR', consent = { whatsapp: true, sms: true }) {
  protocols++;
  return {
    protocol: `2026120100${String(9000 + protocols).padStart(4, '0')}`,
    name: 'Maria',
    email: `maria.${protocols}@exemplo.com.br`,
    phone: `9299123${String(4000 + protocols).padStart(4, '0')}`,
    service: 'Vistoria veicular',
    unit: 'Detran Sede Flores',
    address: 'Avenida Mário Ypiranga, 2800',
    date: language === 'en' ? 'December 2, 2026' : '2 de dezembro de 2026',
    time: '09:30',
    language,
    consent,
  };
}
const sentFor = async (protocol: string) =>
  (await suite.control.notifications()).filter((n) => n.metadata?.protocol === protocol);

let workers: Awaited<ReturnType<typeof noticeWorkers>> | undefined;
const start = async (variables: Record<string, string>) => (workers = await noticeWorkers(variables));
afterEach(async () => {
  await workers?.stop();
  await suite.control.clearFaults();
});

const templates = {
  NOTIFY_EMAIL_TEMPLATE: 'booking-confirmation',
  NOTIFY_WHATSAPP_TEMPLATE: 'booking-confirmation',
  NOTIFY_SMS_TEMPLATE: 'booking-confirmation',
};

describe('booking notices, through the queue', () => {
  it('go by e-mail and WhatsApp; the SMS only when the WhatsApp message does not arrive', async () => {
    const q = await start(templates);
    const n = notice();
    await q.enqueueNotices(n, 'confirmation');
    await q.settled();
    const sent = await sentFor(n.protocol);
    expect(sent.map((s) => s.channel).sort()).toEqual(['email', 'whatsapp']);
    expect(sent.every((s) => s.metadata?.kind === 'confirmation')).toBe(true);
  });

  it('on the phone, only the channels the person ticked: none, the SMS alone, WhatsApp without the SMS after it', async () => {
    const q = await start(templates);
    const none = notice('pt-BR', { whatsapp: false, sms: false });
    const smsOnly = notice('pt-BR', { whatsapp: false, sms: true });
    const whatsappOnly = notice('pt-BR', { whatsapp: true, sms: false });
    await suite.control.undeliverable('whatsapp', `55${whatsappOnly.phone}`);
    await Promise.all([none, smsOnly, whatsappOnly].map((n) => q.enqueueNotices(n, 'confirmation')));
    await q.settled();
    expect((await sentFor(none.protocol)).map((s) => s.channel)).toEqual(['email']);
    expect((await sentFor(smsOnly.protocol)).map((s) => s.channel).sort()).toEqual(['email', 'sms']);
    // Not delivered, and no SMS ticked: nothing follows it.
    expect((await sentFor(whatsappOnly.protocol)).map((s) => s.channel).sort()).toEqual(['email', 'whatsapp']);
  });

  it('a WhatsApp message that fails delivery is followed by the SMS, once', async () => {
    const q = await start(templates);
    const n = notice();
    await suite.control.undeliverable('whatsapp', `55${n.phone}`);
    await q.enqueueNotices(n, 'confirmation');
    await q.settled();
    const sent = await sentFor(n.protocol);
    expect(sent.map((s) => s.channel).sort()).toEqual(['email', 'sms', 'whatsapp']);
    expect(sent.find((s) => s.channel === 'sms')).toMatchObject({
      to: `55${n.phone}`,
      templateID: 'booking-confirmation',
    });
    expect(q.warnings).toHaveBeenCalledWith(
      expect.objectContaining({ protocol: n.protocol }),
      'whatsapp not delivered: the sms follows',
    );
  });

  it('a WhatsApp message that cannot be sent at all is followed by the SMS', async () => {
    const q = await start({ ...templates, NOTIFY_ATTEMPTS: '2' });
    await suite.control.fault('sendWhatsApp', { status: 503 });
    const n = notice();
    await q.enqueueNotices(n, 'confirmation');
    await q.settled();
    expect((await sentFor(n.protocol)).map((s) => s.channel).sort()).toEqual(['email', 'sms']);
  });

  it('with no WhatsApp template, the SMS goes at once', async () => {
    const q = await start({ NOTIFY_SMS_TEMPLATE: 'booking-confirmation' });
    const n = notice();
    await q.enqueueNotices(n, 'confirmation');
    await q.settled();
    expect((await sentFor(n.protocol)).map((s) => s.channel)).toEqual(['sms']);
  });

  it('use the English templates for a citizen who booked in English, where they are set', async () => {
    const q = await start({ ...templates, NOTIFY_EMAIL_TEMPLATE_EN: 'booking-confirmation-en' });
    const n = notice('en');
    await q.enqueueNotices(n, 'confirmation');
    await q.settled();
    const sent = await sentFor(n.protocol);
    expect(Object.fromEntries(sent.map((s) => [s.channel, s.templateID]))).toEqual({
      email: 'booking-confirmation-en',
      whatsapp: 'booking-confirmation',
    });
    expect(sent.find((s) => s.channel === 'email')!.parameters).toMatchObject({
      date: 'December 2, 2026',
      language: 'en',
    });
  });

  it('are sent once, however often they are queued', async () => {
    const q = await start(templates);
    const n = notice();
    await Promise.all([q.enqueueNotices(n, 'confirmation'), q.enqueueNotices(n, 'confirmation')]);
    await q.settled();
    await q.enqueueNotices(n, 'confirmation');
    await q.settled();
    expect(await sentFor(n.protocol)).toHaveLength(2);
  });

  it('a send whose answer was lost is found in the notifications report, not sent again', async () => {
    const q = await start({ NOTIFY_EMAIL_TEMPLATE: 'booking-confirmation', NOTIFY_ATTEMPTS: '3' });
    const n = notice();
    await suite.control.fault('sendEmail', { afterEffect: 'drop', times: 1 });
    await q.enqueueNotices(n, 'confirmation');
    await q.settled();
    expect(await sentFor(n.protocol)).toHaveLength(1);
  });

  it('retry an unavailable upstream a bounded number of times, then log the failure', async () => {
    const q = await start({ NOTIFY_EMAIL_TEMPLATE: 'booking-confirmation', NOTIFY_ATTEMPTS: '3' });
    await suite.control.fault('sendEmail', { status: 503 });
    await suite.control.clearLog();
    const n = notice();
    await q.enqueueNotices(n, 'confirmation');
    await q.settled();
    expect((await suite.control.log()).filter((e) => e.endpoint === 'sendEmail')).toHaveLength(3);
    expect(q.warnings.mock.calls.filter(([, message]) => message === 'job failed, retrying')).toHaveLength(2);
    expect(q.errors).toHaveBeenCalledWith(expect.objectContaining({ job: 'send', attempts: 3 }), 'job failed');
    expect(await sentFor(n.protocol)).toEqual([]);
  });

  it('do not retry a template the upstream refuses', async () => {
    const q = await start({ NOTIFY_SMS_TEMPLATE: 'no-such-template', NOTIFY_ATTEMPTS: '3' });
    await suite.control.clearLog();
    await q.enqueueNotices(notice(), 'confirmation');
    await q.settled();
    expect((await suite.control.log()).filter((e) => e.endpoint === 'sendSms')).toHaveLength(1);
    expect(q.errors).toHaveBeenCalledWith(expect.objectContaining({ job: 'send', attempt: 1 }), 'job failed');
  });
});
