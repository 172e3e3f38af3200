import { expect, newCitizen, test } from '../fixtures';
import { leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { APP_URL } from '../fixtures/env';
import { hiddenFields } from '../fixtures/forms';
import { typeInto } from '../fixtures/journey';
import { detailsPage } from '../fixtures/places';

test('every page has a nonce-based Content-Security-Policy its scripts carry, HSTS, and the other headers @js-only', async ({
  page,
}) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // Next's own scripts carry the nonce, and the page still works (it would not, were they blocked).
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  // A new nonce for every answer.
  const again = (await page.request.get('/')).headers()['content-security-policy'];
  expect(again).not.toBe(policy);
});

test('cookies are __Host- cookies: HttpOnly, Secure, for this host and the whole site', async ({ page, simulator }) => {
  await toCheckPage(page, newCitizen('Clara Cookie'), await leaseTime(simulator, roomy), roomy);
  const cookies = await page.context().cookies(APP_URL);
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) {
    expect(cookie.name, cookie.name).toMatch(/^__Host-/);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, path: '/' });
  }
});

test('an old staff cookie is refused after signing out', async ({ page, browser }) => {
  await page.goto('/staff/sign-in');
  await typeInto(page.getByRole('textbox', { name: 'Usuário' }), 'recepcao');
  await typeInto(page.getByLabel('Senha'), 'demo-recepcao-2026');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar atendimento' })).toBeVisible();
  const kept = await page.context().cookies(APP_URL);
  await page.getByRole('button', { name: 'Sair' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entrar na área da equipe' })).toBeVisible();
  // Someone who copied the cookie before the sign-out tries it.
  const copy = await browser.newContext({ baseURL: APP_URL });
  await copy.addCookies(kept);
  const other = await copy.newPage();
  await other.goto('/staff');
  await expect(other.getByRole('heading', { level: 1, name: 'Entrar na área da equipe' })).toBeVisible();
  await copy.close();
});

test('a draft id planted in a browser never holds the details that reach the check page', async ({
  page,
  simulator,
}) => {
  const planted = 'A'.repeat(43);
  await page
    .context()
    .addCookies([
      { name: '__Host-booking_draft', value: planted, domain: 'localhost', path: '/', secure: true, httpOnly: true },
    ]);
  await toCheckPage(page, newCitizen('Pedro Plantado'), await leaseTime(simulator, roomy), roomy);
  const draft = (await page.context().cookies(APP_URL)).find((c) => c.name === '__Host-booking_draft');
  expect(draft?.value).toBeTruthy();
  expect(draft?.value).not.toBe(planted);
  // Whoever planted it opens the details page with it: an empty form.
  const planter = await page.context().browser()!.newContext({ baseURL: APP_URL });
  await planter.addCookies([
    { name: '__Host-booking_draft', value: planted, domain: 'localhost', path: '/', secure: true, httpOnly: true },
  ]);
  const theirs = await planter.newPage();
  await theirs.goto(detailsPage(roomy, await leaseTime(simulator, roomy)));
  await expect(theirs.getByRole('textbox', { name: 'Nome completo', exact: true })).toHaveValue('');
  await planter.close();
});

test('the confirmation is for the browser that booked: the link alone shows nothing', async ({
  page,
  browser,
  simulator,
}) => {
  const booking = await toCheckPage(page, newCitizen('Lara Link'), await leaseTime(simulator, roomy), roomy);
  await booking.confirm();
  const protocol = await booking.protocol();
  const stranger = await browser.newContext({ baseURL: APP_URL });
  const other = await stranger.newPage();
  await other.goto(page.url());
  await expect(other.getByText('Não encontramos este agendamento.')).toBeVisible();
  await expect(other.getByText(protocol)).toHaveCount(0);
  await stranger.close();
});

test('hostile requests are answered 4xx, never 5xx', async ({ request, page }) => {
  // A dynamic segment that is not valid percent-encoding.
  expect((await request.get('/appointments/%E0%A4%A')).status()).toBe(400);
  // A form posted from another site.
  await page.goto('/staff/sign-in');
  const crossSite = await request.post('/staff/sign-in', {
    headers: { origin: 'https://evil.example' },
    multipart: { user: 'x', password: 'y' },
  });
  expect(crossSite.status()).toBe(403);
  // An action body over the limit, refused before it is read.
  const huge = await request.post('/staff/sign-in', {
    headers: { 'content-type': 'text/plain' },
    data: 'x'.repeat(1024 * 1024 + 10),
  });
  expect(huge.status()).toBe(413);
  // A bad Origin on the upload route.
  expect(
    (
      await request.post('/appointments/20261201000001/attachments', { headers: { origin: 'not a url' }, data: 'x' })
    ).status(),
  ).toBe(403);
  // A staff search for 0, a protocol with letters, an unknown lookup form.
  for (const path of ['/staff/appointments/0', '/appointments/ABC', '/book/time?unit=x&date=2026-13-99', '/l/%20']) {
    const status = (await request.get(path)).status();
    expect(status, path).toBeLessThan(500);
  }
});

test('a staff search for 0 or a number too large for an id finds nothing, calmly', async ({ page }) => {
  await page.goto('/staff/sign-in');
  await typeInto(page.getByRole('textbox', { name: 'Usuário' }), 'recepcao');
  await typeInto(page.getByLabel('Senha'), 'demo-recepcao-2026');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar atendimento' })).toBeVisible();
  for (const q of ['0', '99999999999']) {
    const response = await page.goto(`/staff?q=${q}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByText('Nenhum atendimento com este número.')).toBeVisible();
  }
});

test('the availability reads anyone can call in a loop are limited per client @js-only', async ({ request }) => {
  const client = {
    'x-forwarded-for': `fd02::${Date.now().toString(16).slice(-4)}:${Math.floor(Math.random() * 0xffff).toString(16)}`,
  };
  const statuses: number[] = [];
  for (let i = 0; i < 125; i++) {
    statuses.push(
      (
        await request.get(
          `/book/live/dates?unit=${roomy.unit}&serviceType=${roomy.serviceType}&region=${roomy.region}`,
          { headers: client },
        )
      ).status(),
    );
  }
  expect(statuses.filter((s) => s === 200)).toHaveLength(120);
  expect(statuses.slice(120).every((s) => s === 429)).toBe(true);
});

test('forged arguments to every action, bound or posted, are answered 4xx, never 5xx', async ({
  page,
  request,
  simulator,
}) => {
  // The journey the details and check pages bind to their forms, replaced by other shapes.
  const at = await leaseTime(simulator, roomy);
  await toCheckPage(page, newCitizen('Rita Forjada'), at, roomy);
  const check = new URL(page.url());
  for (const path of [detailsPage(roomy, at), check.pathname + check.search]) {
    const fields = hiddenFields(await (await request.get(path)).text());
    const bound = fields.find((f) => /^\$ACTION_\d+:1$/.test(f.name));
    expect(bound, path).toBeDefined();
    for (const forged of ['[[[1]],{}]', '[{"a":{"b":1}},{}]', '[42,{}]', `["${'x'.repeat(5000)}",{}]`]) {
      const multipart = Object.fromEntries(fields.map((f) => [f.name, f.name === bound!.name ? forged : f.value]));
      const status = (await request.post(path, { multipart: { ...multipart, key: crypto.randomUUID() } })).status();
      expect(status, `${path} bound to ${forged.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
      expect(status, `${path} bound to ${forged.slice(0, 20)}`).toBeLessThan(500);
    }
  }
  // Every action of every page, called as JavaScript would call it but with arguments of its own.
  const ids = new Set<string>();
  for (const path of ['/', '/appointments', '/staff/sign-in', detailsPage(roomy, at), check.pathname + check.search]) {
    for (const f of hiddenFields(await (await request.get(path)).text())) {
      const id = f.name.match(/^\$ACTION_ID_(\w+)$/)?.[1] ?? f.value.match(/"id":"(\w+)"/)?.[1];
      if (id) ids.add(`${path}\n${id}`);
    }
  }
  expect(ids.size).toBeGreaterThanOrEqual(5);
  // A body no action could read: a form that is not one, arguments that are not JSON.
  const garbled = { 'content-type': 'multipart/form-data; boundary=zzz' };
  expect((await request.post('/', { headers: garbled, data: 'garbage' })).status()).toBe(400);
  const [first] = [...ids];
  const [firstPath = '', firstId = ''] = first!.split('\n');
  const notJson = { 'next-action': firstId, 'content-type': 'text/plain;charset=UTF-8' };
  expect((await request.post(firstPath, { headers: notJson, data: 'not json' })).status()).toBe(400);
  for (const entry of ids) {
    const [path = '', id = ''] = entry.split('\n');
    for (const body of ['["a","b","c"]', '[null,{"x":1},[]]', '{}', 'not json']) {
      const status = (
        await request.post(path, {
          headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' },
          data: body,
        })
      ).status();
      expect(status, `${path} ${id} ${body}`).toBeLessThan(500);
    }
  }
});

test('malformed action bodies are refused 4xx before Next decodes them: null, 5,000 deep, a bound argument not JSON or null, an opaque origin', async ({
  page,
  request,
  simulator,
}) => {
  const at = await leaseTime(simulator, roomy);
  await toCheckPage(page, newCitizen('Nulo Profundo'), at, roomy);
  const check = new URL(page.url());
  const paths = ['/', '/appointments', '/staff/sign-in', detailsPage(roomy, at), check.pathname + check.search];
  const calls: { path: string; id: string }[] = [];
  for (const path of paths) {
    for (const f of hiddenFields(await (await request.get(path)).text())) {
      const id = f.name.match(/^\$ACTION_ID_(\w+)$/)?.[1] ?? f.value.match(/"id":"(\w+)"/)?.[1];
      if (id && !calls.some((c) => c.id === id)) calls.push({ path, id });
    }
  }
  // The language and contrast switches, sign-in, lookup, details and confirm, at least.
  expect(calls.length).toBeGreaterThanOrEqual(5);
  const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
  const statuses: number[] = [];
  for (const { path, id } of calls) {
    for (const body of ['null', deep, `[${deep}]`, '"text"', '7']) {
      const status = (
        await request.post(path, {
          headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' },
          data: body,
        })
      ).status();
      statuses.push(status);
      expect(status, `${path} ${id} ${body.slice(0, 12)}`).toBe(400);
    }
  }
  // A form without JavaScript whose bound arguments are not JSON, are null, or nest 5,000 deep.
  for (const path of [detailsPage(roomy, at), check.pathname + check.search]) {
    const fields = hiddenFields(await (await request.get(path)).text());
    const bound = fields.find((f) => /^\$ACTION_\d+:\d+$/.test(f.name));
    expect(bound, path).toBeDefined();
    for (const forged of ['not json', 'null', deep]) {
      const multipart = Object.fromEntries(fields.map((f) => [f.name, f.name === bound!.name ? forged : f.value]));
      const status = (await request.post(path, { multipart: { ...multipart, key: crypto.randomUUID() } })).status();
      statuses.push(status);
      expect(status, `${path} bound to ${forged.slice(0, 12)}`).toBe(400);
    }
  }
  // A POST from an opaque origin (a sandboxed frame, a file).
  const opaque = await request.post('/staff/sign-in', {
    headers: { origin: 'null' },
    multipart: { user: 'x', password: 'y' },
  });
  statuses.push(opaque.status());
  expect(opaque.status()).toBe(403);
  console.log(
    `Malformed action bodies sent: ${statuses.length}; answered 5xx: ${statuses.filter((s) => s >= 500).length}`,
  );
});
