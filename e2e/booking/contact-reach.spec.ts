import type { Page } from '@playwright/test';
import type { SimulatorControl } from '@/simulator/control-client';
import { expect, newCitizen, test, type Site } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { journey, typeInto } from '../fixtures/journey';
import { inssRioBranco, timePage } from '../fixtures/places';

// A mobile with no channel ticked and no e-mail: nothing can ever be sent. The person is told so
// before confirming, with the way to give a contact, and the confirmation says it again.
const words = {
  Português: {
    title: 'Nenhuma mensagem será enviada',
    change: 'Informar um e-mail ou escolher WhatsApp ou SMS',
    check: 'Confira antes de confirmar',
    confirmation: /Nenhuma mensagem será enviada sobre este agendamento: anote o protocolo/,
    email: 'E-mail',
    sentByEmail: /A confirmação está sendo enviada por e-mail para/,
  },
  English: {
    title: 'No message will be sent',
    change: 'Give an email or choose WhatsApp or SMS',
    check: 'Check your answers before confirming',
    confirmation: /No message will be sent about this appointment: write the protocol down/,
    email: 'Email',
    sentByEmail: /The confirmation is being sent by email to/,
  },
} as const;

for (const language of ['Português', 'English'] as const) {
  const w = words[language];

  /** In this test's language, a time of its own to the check page, with a mobile and no e-mail. */
  async function toCheck(
    { page, site, simulator }: { page: Page; site: Site; simulator: SimulatorControl },
    name: string,
  ) {
    const at = await leaseTime(simulator, inssRioBranco);
    if (language === 'English') await site.openHome().then(() => site.switchLanguage('English'));
    const citizen = { ...newCitizen(name), email: '' };
    const booking = journey(page);
    await page.goto(timePage(inssRioBranco, at.date));
    await booking.chooseTime(at.hour);
    await booking.fillDetails(citizen);
    await booking.next();
    await expect(page.getByRole('heading', { level: 1, name: w.check })).toBeVisible();
    return { citizen, booking };
  }

  test(`a mobile with no channel ticked is told nothing will be sent, and the confirmation says it again, in ${language}`, async ({
    page,
    site,
    simulator,
  }) => {
    const { booking } = await toCheck({ page, site, simulator }, 'Celular Sem Marca');
    const notice = page.getByRole('status', { name: w.title });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link', { name: w.change })).toHaveAttribute(
      'href',
      /\/book\/details\?.*return=check/,
    );
    await booking.confirm();
    await booking.protocol();
    await expect(page.getByText(w.confirmation)).toBeVisible();
  });

  test(`from that notice an e-mail is given, typed key by key, and the notice is gone, in ${language}`, async ({
    page,
    site,
    simulator,
  }) => {
    const { citizen, booking } = await toCheck({ page, site, simulator }, 'Celular Depois Email');
    await page.getByRole('status', { name: w.title }).getByRole('link', { name: w.change }).click();
    await typeInto(page.getByRole('textbox', { name: w.email, exact: true }), `depois.${citizen.cpf}@exemplo.com.br`);
    await booking.next();
    await expect(page.getByRole('heading', { level: 1, name: w.check })).toBeVisible();
    await expect(page.getByRole('status', { name: w.title })).toHaveCount(0);
    await booking.confirm();
    await booking.protocol();
    await expect(page.getByText(w.sentByEmail)).toBeVisible();
  });
}
