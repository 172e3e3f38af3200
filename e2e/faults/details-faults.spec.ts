import { expect, newCitizen, test } from '../fixtures';
import { answerSecondCopyQuestions, leaseTime, roomy } from '../fixtures/booking-helpers';
import { startInstance } from '../fixtures/instances';
import { journey } from '../fixtures/journey';
import { detailsPage } from '../fixtures/places';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

const faults = [
  ['a 5xx', { status: 503 }],
  ['a hang', { hang: true }],
  ['a broken answer', { malformed: true }],
  ['a refused key', { status: 401 }],
] as const;

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });
    for (const [name, fault] of faults) {
      test(`${name} from the upstream on the details submit keeps every value typed`, async ({
        page,
        simulator,
        booking,
      }) => {
        const citizen = newCitizen('Vera Valores Guardados');
        await page.goto(detailsPage(roomy, await leaseTime(simulator, roomy)));
        await booking.fillDetails(citizen);
        await answerSecondCopyQuestions(page);
        await simulator.fault('*', fault);
        await booking.next();
        if (javaScriptEnabled) {
          await expect(page.getByText('Nada do que você digitou foi perdido')).toBeVisible();
        } else {
          // Without JavaScript the answer is the whole page, which cannot be drawn while the upstream
          // is down: the calm page, and once it is back, the form exactly as it was typed.
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(/indisponível|inesperada|fora do ar/);
          await simulator.clearFaults();
          await page.getByRole('link', { name: 'Tentar novamente' }).click();
        }
        await expect(page.getByRole('textbox', { name: 'Nome completo', exact: true })).toHaveValue(citizen.name);
        await expect(page.getByRole('textbox', { name: 'CPF', exact: true })).toHaveValue(citizen.cpfFormatted);
        await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue(citizen.email);
        await expect(page.getByRole('textbox', { name: 'Celular' })).toHaveValue(citizen.phone);
        await expect(page.getByRole('textbox', { name: 'Nome completo da mãe' })).toHaveValue('Ana Maria dos Santos');
        await expect(page.getByLabel('Data de nascimento')).toHaveValue('1980-05-17');

        await simulator.clearFaults();
        await booking.next();
        await expect(page.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
        await expect(page.getByText(citizen.cpfFormatted)).toBeVisible();
      });
    }
  });
}

// An action and the page it renders after it are one request, with one deadline: a hanging
// upstream costs the citizen PAGE_DEADLINE_MS once, not once for the action and again for the page.
for (const javaScriptEnabled of [true, false]) {
  test(`a details submit while List Form Fields hangs answers within one deadline, calm, values kept (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
    browser,
    simulator,
  }) => {
    test.setTimeout(120_000);
    const deadline = 4000;
    const instance = await startInstance({
      TATODESK_TIMEOUT_MS: String(deadline),
      PAGE_DEADLINE_MS: String(deadline),
      CATALOGUE_TTL_SECONDS: '0',
    });
    const context = await browser.newContext({ baseURL: instance.url, javaScriptEnabled, locale: 'pt-BR' });
    try {
      const page = await context.newPage();
      const citizen = newCitizen('Diana Um Prazo');
      const booking = journey(page);
      await page.goto(detailsPage(roomy, await leaseTime(simulator, roomy)));
      await booking.fillDetails(citizen);
      await answerSecondCopyQuestions(page);
      await simulator.fault('listFormFields', { hang: true });
      const started = Date.now();
      const answered = javaScriptEnabled
        ? page.getByText('Nada do que você digitou foi perdido')
        : page.getByRole('heading', { level: 1, name: /indisponível|inesperada|fora do ar/ });
      await booking.next();
      await expect(answered).toBeVisible({ timeout: 30_000 });
      const elapsed = Date.now() - started;
      console.log(
        `Details submit under a hanging List Form Fields (${javaScriptEnabled ? 'js' : 'no-js'}): ${elapsed} ms, deadline ${deadline} ms`,
      );
      // One deadline and the page after it, never two deadlines one after the other: the bound sits
      // between them, with room for a busy machine (a timing to the millisecond is the bench's job).
      expect(elapsed).toBeLessThan(2 * deadline);
      if (!javaScriptEnabled) {
        await simulator.clearFaults();
        await page.getByRole('link', { name: 'Tentar novamente' }).click();
      }
      await expect(page.getByRole('textbox', { name: 'Nome completo', exact: true })).toHaveValue(citizen.name);
      await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue(citizen.email);
    } finally {
      await simulator.clearFaults();
      await context.close();
      await instance.kill();
    }
  });
}
