import { expect, test } from '../fixtures';
import { lookupFormFields } from '../fixtures/forms';
import { startInstance } from '../fixtures/instances';
import { typeInto } from '../fixtures/journey';

/**
 * Each instance takes at most LOOKUP_INSTANCE_LIMIT lookups in its window from everyone together.
 * Here one a minute, so that the second lookup is always one too many, however slowly the machine
 * runs.
 */
const oneAMinute = { LOOKUP_INSTANCE_LIMIT: '1', LOOKUP_INSTANCE_WINDOW_SECONDS: '60' };

test('a crowd of posted lookups from many addresses is shed at once, and other pages keep answering', async ({
  request,
}) => {
  const instance = await startInstance(oneAMinute);
  try {
    const form = lookupFormFields(await (await request.get(`${instance.url}/appointments`)).text());
    const lookups = Array.from({ length: 20 }, (_, n) =>
      request.post(`${instance.url}/appointments`, {
        headers: { 'x-forwarded-for': `fd00::77:${n.toString(16)}` },
        multipart: {
          ...form,
          protocol: `2026120100${String(9000 + n)}`,
          cpf: '52998224725',
          contact: 'ninguem@exemplo.com.br',
        },
      }),
    );
    const home = request.get(`${instance.url}/`);
    const answers = await Promise.all(lookups);
    const shed = answers.filter((a) => a.status() === 503);
    expect(shed).toHaveLength(19);
    expect(answers.filter((a) => a.status() === 200)).toHaveLength(1);
    for (const answer of shed) {
      expect(answer.headers()['retry-after']).toBe('60');
      expect(await answer.text()).toContain('Muitas consultas agora');
    }
    expect((await home).status()).toBe(200);
  } finally {
    await instance.kill();
  }
});

test('with JavaScript, a lookup beyond what the instance takes is said at the form, with what was typed kept', async ({
  page,
}) => {
  const instance = await startInstance(oneAMinute);
  try {
    await page.goto(`${instance.url}/appointments`);
    const protocol = page.getByRole('textbox', { name: 'Número do protocolo' });
    const cpf = page.getByRole('textbox', { name: 'CPF', exact: true });
    const secret = page.getByRole('textbox', { name: 'E-mail ou celular informado no agendamento' });
    await typeInto(protocol, '20261201009999');
    await typeInto(cpf, '529.982.247-25');
    await typeInto(secret, 'ninguem@exemplo.com.br');
    await page.getByRole('button', { name: 'Consultar' }).click();
    await expect(page.getByRole('status')).toContainText('Não encontramos um agendamento com esses dados');
    await page.getByRole('button', { name: 'Consultar' }).click();
    await expect(page.getByRole('status')).toContainText('Muitas pessoas estão consultando agendamentos neste momento');
    await expect(protocol).toHaveValue('20261201009999');
    await expect(cpf).toHaveValue('529.982.247-25');
    await expect(secret).toHaveValue('ninguem@exemplo.com.br');
  } finally {
    await instance.kill();
  }
});
