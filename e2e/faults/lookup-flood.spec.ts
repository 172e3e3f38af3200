import { expect, test } from '../fixtures';
import { startInstance } from '../fixtures/instances';

/**
 * The hidden fields the lookup page writes into its lookup form for a browser without JavaScript
 * (the language switch's own fields left out).
 */
const lookupFormFields = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)]
      .map(([, name = '', value = '']) => [name, value.replaceAll('&quot;', '"').replaceAll('&amp;', '&')])
      .filter(([name]) => !/^\$ACTION_ID_|^locale$|^returnTo$/.test(name!)),
  );

test('a crowd of lookups from many addresses is shed at once, and other pages keep answering', async ({ request }) => {
  // One lookup a second for the whole instance: a small crowd is too many however slowly it arrives.
  const instance = await startInstance({ LOOKUP_INSTANCE_PER_SECOND: '1' });
  try {
    const form = lookupFormFields(await (await request.get(`${instance.url}/appointments`)).text());
    const lookups = Array.from({ length: 20 }, (_, n) =>
      request.post(`${instance.url}/appointments`, {
        headers: { 'x-forwarded-for': `fd00::77:${n.toString(16)}` },
        multipart: { ...form, protocol: `2026120100${String(9000 + n)}`, secret: 'ninguem@exemplo.com.br' },
      }),
    );
    const home = request.get(`${instance.url}/`);
    const answers = await Promise.all(lookups);
    const shed = answers.filter((a) => a.status() === 503);
    expect(shed.length).toBeGreaterThanOrEqual(10);
    expect(answers.filter((a) => a.status() !== 503).every((a) => a.status() === 200)).toBe(true);
    for (const answer of shed) {
      expect(answer.headers()['retry-after']).toBe('1');
      expect(await answer.text()).toContain('Muitas consultas agora');
    }
    expect((await home).status()).toBe(200);
  } finally {
    await instance.kill();
  }
});
