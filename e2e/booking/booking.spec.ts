import { readPdf } from '@/test-support/pdf';
import { expect, newCitizen, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { typeInto } from '../fixtures/journey';
import { licenceRenewal } from '../fixtures/places';

test.describe('booking journey', () => {
  test('a citizen books from the home page and leaves with a protocol the upstream holds', async ({
    page,
    booking,
    simulator,
  }) => {
    const citizen = newCitizen();
    const at = await leaseTime(simulator, licenceRenewal);
    await booking.start('Detran Amazonas');
    await expect(page).toHaveURL(/\/book\/category\?company=102$/);
    await booking.chooseCategory('Habilitação');
    await expect(page.getByText('CNH atual')).toBeVisible(); // what to bring, on the type page
    await booking.chooseType('Renovação da CNH');
    await booking.chooseRegion('Manaus');
    await expect(page.getByText('Avenida Mário Ypiranga, 2800')).toBeVisible(); // the address, on the unit page
    await booking.chooseUnit('Detran Sede Flores');
    await booking.chooseDate(at.date);
    await expect(page.getByText(/Horários no fuso de .*Amazonas/)).toBeVisible();
    await booking.chooseTime(at.hour);

    await booking.fillDetails(citizen, { whatsapp: true, sms: true });
    await typeInto(page.getByLabel('Número de registro da CNH'), '12345678901');
    await page.getByLabel('Já paguei a taxa (DAR)').check();
    await booking.next();

    await expect(page.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
    await expect(page.getByText(citizen.cpfFormatted)).toBeVisible();
    await expect(page.getByText('Detran Sede Flores')).toBeVisible();
    await booking.confirm();

    const protocol = await booking.protocol();
    await expect(page.getByText('Renovação da CNH')).toBeVisible();
    await expect(page.getByText(/Horário local de Manaus/)).toBeVisible();
    // With both ticks, the confirmation goes out by e-mail and WhatsApp (the SMS only if WhatsApp does not deliver), through the queue.
    await expect
      .poll(async () =>
        (await simulator.notifications())
          .filter((n) => n.to === citizen.email || n.to === `55${citizen.phoneDigits}`)
          .map((n) => n.channel)
          .sort(),
      )
      .toEqual(['email', 'whatsapp']);
    // The receipt travels with them: WhatsApp's header names the PDF, the e-mail carries it and the .ics.
    const sent = (await simulator.notifications()).filter((n) => n.metadata?.protocol === protocol);
    const header = sent.find((n) => n.channel === 'whatsapp')!.header;
    expect(header?.type).toBe('document');
    const receipt = await readPdf(await simulator.mediaFile(header!.id!));
    expect(receipt.text).toContain(protocol);
    expect(receipt.text).toContain(`, ${at.hour}`);
    expect(receipt.text).toContain('Detran Sede Flores');
    expect(receipt.text).toContain('CNH atual');
    expect(sent.find((n) => n.channel === 'email')!.attachments?.map((a) => a.name)).toEqual([
      `comprovante-${protocol}.pdf`,
      `agendamento-${protocol}.ics`,
    ]);
    const held = (await simulator.appointments()).find((a) => a.protocol === protocol);
    expect(held).toMatchObject({
      date: at.date.split('-').reverse().join('/'),
      hour: at.hour,
      client: { cpf: citizen.cpf },
    });
  });
});
