import { expect, newCitizen, test } from '../fixtures';
import { leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

test('with every notification send failing, the booking still succeeds', async ({ page, simulator }) => {
  const citizen = newCitizen('Nina Sem Notificação');
  const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy, '', {
    whatsapp: true,
    sms: true,
  });
  for (const send of ['sendEmail', 'sendWhatsApp', 'sendSms']) await simulator.fault(send, { status: 503 });
  await booking.confirm();
  const protocol = await booking.protocol();
  expect((await simulator.appointments()).filter((a) => a.protocol === protocol)).toHaveLength(1);
  // Each send was tried (NOTIFY_ATTEMPTS=2 in the tests), the SMS after WhatsApp gave up; none recorded as sent.
  await expect
    .poll(async () => (await simulator.log()).filter((e) => e.endpoint === 'sendSms' && e.status === 503).length)
    .toBeGreaterThanOrEqual(2);
  expect((await simulator.notifications()).filter((n) => n.to === citizen.email)).toEqual([]);
});
