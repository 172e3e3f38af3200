import type { Page } from '@playwright/test';
import type { SimulatorControl } from '@/simulator/control-client';
import { expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { inssRioBranco } from '../fixtures/places';
import { lookUp } from '../fixtures/sign-in';

// After a cancellation or a "my data" request, the citizen is told it was received, not only the
// team: a message to the contact given in the appointment, and a line on the page that says so.
const words = {
  Português: {
    heading: 'Seu agendamento',
    cancel: 'Pedir o cancelamento',
    told: 'Enviamos a confirmação deste pedido para o e-mail ou o celular informado no agendamento.',
    myData: 'Meus dados',
    correction: 'Correção: algum dado está errado',
    send: 'Enviar pedido',
    template: 'request-received',
    cancellation: 'cancelamento',
    corrected: 'correção de dados',
  },
  English: {
    heading: 'Your appointment',
    cancel: 'Ask to cancel',
    told: 'We sent a confirmation of this request to the email or mobile given in the appointment.',
    myData: 'My data',
    correction: 'Correction: something is wrong',
    send: 'Send request',
    template: 'request-received-en',
    cancellation: 'cancellation',
    corrected: 'correction of your data',
  },
} as const;

async function ownAppointment(page: Page, simulator: SimulatorControl, name: string) {
  const citizen = newCitizen(name);
  const protocol = await bookElsewhere(simulator, inssRioBranco, await leaseTime(simulator, inssRioBranco), citizen);
  await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
  return { citizen, protocol };
}

const toldBy = async (simulator: SimulatorControl, protocol: string, kind: string) =>
  (await simulator.notifications())
    .filter((n) => n.metadata?.protocol === protocol && n.metadata.kind === kind)
    .map((n) => ({
      channel: n.channel,
      to: n.to,
      template: n.templateID,
      request: Array.isArray(n.parameters) ? undefined : n.parameters.request,
    }));

for (const language of ['Português', 'English'] as const) {
  const w = words[language];
  test(`a cancellation and a "my data" request are acknowledged to the citizen, in ${language}`, async ({
    page,
    site,
    simulator,
  }) => {
    const { citizen, protocol } = await ownAppointment(page, simulator, 'Clara Confirmação');
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
    if (language === 'English') await site.switchLanguage('English');
    await expect(page.getByRole('heading', { level: 1, name: w.heading })).toBeVisible();

    await page.getByRole('link', { name: w.myData }).click();
    await page.getByRole('radio', { name: w.correction }).check();
    await page.getByRole('button', { name: w.send }).click();
    await expect(page.getByText(w.told)).toBeVisible();
    await expect
      .poll(() => toldBy(simulator, protocol, 'received-correction'))
      .toEqual([{ channel: 'email', to: citizen.email, template: w.template, request: w.corrected }]);

    await page.goto(`/appointments/${protocol}`);
    await page.getByRole('link', { name: w.cancel }).click();
    await page.getByRole('button', { name: w.cancel }).click();
    await expect(page.getByText(w.told)).toBeVisible();
    await expect
      .poll(() => toldBy(simulator, protocol, 'received-cancel'))
      .toEqual([{ channel: 'email', to: citizen.email, template: w.template, request: w.cancellation }]);
  });
}
