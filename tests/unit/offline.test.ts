import { describe, expect, it } from 'vitest';
import { assetsOf, keepable, keyOf } from '@/lib/offline/keep';
import { asSaveMessage, pageProtocol, receiptProtocol } from '@/lib/offline/names';

const origin = 'https://agendamento.example.gov.br';
const page = (html: string, init: ResponseInit = {}) =>
  new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });
const marked = (protocol: string) => `<h1 data-offline-save="${protocol}">Seu agendamento</h1>`;

describe('what the service worker keeps', () => {
  it('keeps an appointment page the server marked as that appointment, and its PDF receipt', async () => {
    expect(await keepable(`${origin}/appointments/20261201000001`, page(marked('20261201000001')))).toBe(true);
    const pdf = new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } });
    expect(await keepable(`${origin}/appointments/20261201000001/receipt`, pdf)).toBe(true);
  });

  it('keeps no failure, no other appointment, no page that is not HTML, and nothing off the two paths', async () => {
    const url = `${origin}/appointments/20261201000001`;
    // A failure page, or a page of another protocol: not this appointment.
    expect(await keepable(url, page('<h1>Não foi possível</h1>'))).toBe(false);
    expect(await keepable(url, page(marked('20261201000002')))).toBe(false);
    expect(await keepable(url, page(marked('20261201000001'), { status: 503 }))).toBe(false);
    // The app's router asks for the same path: its payload is not a page.
    const payload = new Response(marked('20261201000001'), { headers: { 'content-type': 'text/x-component' } });
    expect(await keepable(url, payload)).toBe(false);
    const html = new Response('<html></html>', { headers: { 'content-type': 'text/html' } });
    expect(await keepable(`${url}/receipt`, html)).toBe(false);
    for (const path of ['/book/date', '/appointments', '/book/live/dates', '/staff/day', `/appointments/1/receipt`]) {
      expect(await keepable(`${origin}${path}`, page(marked('20261201000001')))).toBe(false);
    }
  });

  it('keeps a redirect never (the lookup a browser is sent to without access)', async () => {
    const redirected = page(marked('20261201000001'));
    Object.defineProperty(redirected, 'redirected', { value: true });
    expect(await keepable(`${origin}/appointments/20261201000001`, redirected)).toBe(false);
  });

  it('keys a copy by its path alone, and finds the assets a page loads', () => {
    expect(keyOf(`${origin}/appointments/20261201000001?requested=cancel&told=1`)).toBe(
      `${origin}/appointments/20261201000001`,
    );
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/a1.css"/><script src="/_next/static/chunks/b2.js" async>' +
      '</script><script src="/_next/static/chunks/b2.js"></script><img src="/icon.svg"/><a href="/book/date">x</a>';
    expect(assetsOf(html)).toEqual(['/_next/static/chunks/a1.css', '/_next/static/chunks/b2.js']);
  });
});

describe('what the page and the worker say to each other', () => {
  it('a save names a protocol and the protocols this browser may see, itself among them', () => {
    expect(asSaveMessage({ type: 'save', protocol: '20261201000001', keep: ['20261201000002'] })).toEqual({
      type: 'save',
      protocol: '20261201000001',
      keep: ['20261201000001', '20261201000002'],
    });
  });

  it('anything else is ignored', () => {
    for (const junk of [
      undefined,
      null,
      'save',
      { type: 'forget' },
      { type: 'save', protocol: '../staff', keep: [] },
      { type: 'save', protocol: '20261201000001' },
      { type: 'save', protocol: '20261201000001', keep: Array(21).fill('20261201000001') },
    ]) {
      expect(asSaveMessage(junk)).toBeUndefined();
    }
    expect(asSaveMessage({ type: 'save', protocol: '20261201000001', keep: ['x', 7] })?.keep).toEqual([
      '20261201000001',
    ]);
  });

  it('the paths it controls are an appointment page and its receipt, nothing else', () => {
    expect(pageProtocol('/appointments/20261201000001')).toBe('20261201000001');
    expect(receiptProtocol('/appointments/20261201000001/receipt')).toBe('20261201000001');
    for (const path of ['/appointments', '/appointments/', '/appointments/2026/cancel', '/appointments/x']) {
      expect(pageProtocol(path)).toBeUndefined();
      expect(receiptProtocol(path)).toBeUndefined();
    }
  });
});
