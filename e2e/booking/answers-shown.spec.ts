import { expect, newCitizen, test } from '../fixtures';
import { answerSecondCopyQuestions, leaseTime, roomy } from '../fixtures/booking-helpers';
import { timePage } from '../fixtures/places';
import { staffSignIn } from '../fixtures/sign-in';

// Each answer is shown as the form showed it, on "my data" and at the front desk: the option's
// label, the date in words, the phone formatted, yes or no. And the consent to phone messages is
// shown on "my data", where the citizen can withdraw it; the front desk sees the withdrawal.
const words = {
  Português: {
    myData: 'Meus dados',
    consent: 'Mensagens no celular',
    none: 'Nenhuma',
    both: 'WhatsApp e SMS',
    priority: 'Você tem direito a atendimento prioritário?',
    yes: 'Sim',
    birth: '17 de maio de 1980',
    withdraw: 'Deixar de receber mensagens no celular',
    withdrawn: 'Você não receberá mais mensagens no celular sobre este agendamento',
  },
  English: {
    myData: 'My data',
    consent: 'Messages on the mobile phone',
    none: 'None',
    both: 'WhatsApp and SMS',
    priority: 'Are you entitled to priority service?',
    yes: 'Yes',
    birth: 'May 17, 1980',
    withdraw: 'Stop messages to my mobile',
    withdrawn: 'You will no longer get messages on your mobile about this appointment',
  },
} as const;

for (const language of ['Português', 'English'] as const) {
  const w = words[language];
  test(`"my data" and the front desk show each answer as the form did, and phone messages can be stopped, in ${language}`, async ({
    page,
    site,
    simulator,
    booking,
  }) => {
    if (language === 'English') await site.openHome().then(() => site.switchLanguage('English'));
    const citizen = newCitizen('Rosa Respostas');
    const at = await leaseTime(simulator, roomy);
    await page.goto(timePage(roomy, at.date));
    await booking.chooseTime(at.hour);
    await booking.fillDetails(citizen, { whatsapp: true, sms: true });
    await answerSecondCopyQuestions(page);
    await page.getByRole('group', { name: w.priority }).getByLabel(w.yes).check();
    await booking.next();
    await booking.confirm();
    const protocol = await booking.protocol();

    await page.goto(`/appointments/${protocol}`);
    await page.getByRole('link', { name: w.myData }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.myData })).toBeVisible();
    const row = (label: string) => page.locator('dl > div').filter({ has: page.getByText(label, { exact: true }) });
    await expect(row('Motivo da segunda via').locator('dd')).toHaveText('Perda');
    await expect(row('Data de nascimento').locator('dd')).toHaveText(w.birth);
    await expect(row(w.priority).locator('dd')).toHaveText(w.yes);
    await expect(page.getByText(citizen.phone, { exact: true })).toBeVisible();
    await expect(row(w.consent).locator('dd')).toHaveText(w.both);
    for (const raw of ['loss', '1980-05-17', 'true']) {
      await expect(page.locator('main dd').getByText(raw, { exact: true })).toHaveCount(0);
    }

    await page.getByRole('button', { name: w.withdraw }).click();
    await expect(page.getByRole('status', { name: w.withdrawn })).toBeVisible();
    await expect(row(w.consent).locator('dd')).toHaveText(w.none);
    await expect(page.getByRole('button', { name: w.withdraw })).toHaveCount(0);
    const recorded = (await simulator.crm('data_requests')).filter((r) => r.fields.protocol === protocol);
    expect(recorded.map((r) => [r.fields.kind, r.fields.details, r.fields.status])).toEqual([
      ['withdrawal', 'whatsapp sms', 'done'],
    ]);

    // The front desk (in Portuguese): the same answers, and the consent as it stands now.
    await page.context().clearCookies();
    await page.goto(`/staff/appointments/${protocol}`);
    await staffSignIn(page);
    await expect(row('Motivo da segunda via').locator('dd')).toHaveText('Perda');
    await expect(row('Data de nascimento').locator('dd')).toHaveText('17 de maio de 1980');
    await expect(row('Você tem direito a atendimento prioritário?').locator('dd')).toHaveText('Sim');
    await expect(page.getByText(citizen.phone, { exact: true })).toBeVisible();
    await expect(row('Aceita mensagens por WhatsApp').locator('dd')).toHaveText('Não');
    await expect(row('Aceita mensagens por SMS').locator('dd')).toHaveText('Não');
  });
}
