import { describe, expect, it } from 'vitest';
import { parseEnv, SIMULATOR_API_KEY } from '@/lib/env';

describe('environment', () => {
  it('runs on the embedded simulator in development with no Tatodesk configuration', () => {
    const { tatodesk } = parseEnv({ NODE_ENV: 'development' });
    expect(tatodesk).toMatchObject({
      mode: 'simulator',
      baseUrl: 'http://127.0.0.1:4010',
      apiKey: SIMULATOR_API_KEY,
      embedSimulator: true,
    });
  });

  it('refuses a production start with no Tatodesk configuration, naming the fix', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      /TATODESK_BASE_URL and TATODESK_API_KEY.*TATODESK_SIMULATOR=1/s,
    );
  });

  it('takes a variable set to nothing as not set, as compose and Kubernetes pass it', () => {
    const account = parseEnv({
      NODE_ENV: 'production',
      TATODESK_BASE_URL: 'https://api.tatodesk.example/',
      TATODESK_API_KEY: 'a-real-key-123',
      SESSION_SECRET: 'a-session-secret-of-at-least-32-chars',
      TATODESK_SIMULATOR: '',
      TATODESK_SIMULATOR_URL: '',
      METRICS_TOKEN: '',
    });
    expect(account.tatodesk.mode).toBe('tatodesk');
    expect(account.metricsToken).toBeUndefined();
    expect(() => parseEnv({ NODE_ENV: 'development', METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('runs production on the simulator only when chosen explicitly', () => {
    expect(parseEnv({ NODE_ENV: 'production', TATODESK_SIMULATOR: '1' }).tatodesk.mode).toBe('simulator');
  });

  it('has the public demonstration login only on the simulator in development, or when asked for', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).staff.accounts.has('recepcao')).toBe(true);
    expect(parseEnv({ NODE_ENV: 'production', TATODESK_SIMULATOR: '1' }).staff.accounts.size).toBe(0);
    expect(
      parseEnv({ NODE_ENV: 'production', TATODESK_SIMULATOR: '1', STAFF_DEMO: '1' }).staff.accounts.has('recepcao'),
    ).toBe(true);
  });

  it('counts trusted proxies, reading the old yes/no too', () => {
    expect(parseEnv({ NODE_ENV: 'test' }).trustedProxies).toBe(0);
    expect(parseEnv({ NODE_ENV: 'test', TRUST_PROXY: '2' }).trustedProxies).toBe(2);
    expect(parseEnv({ NODE_ENV: 'test', TRUST_PROXY: 'true' }).trustedProxies).toBe(1);
    expect(() => parseEnv({ NODE_ENV: 'test', TRUST_PROXY: 'lots' })).toThrow(/TRUST_PROXY/);
  });

  it('uses an external simulator when its URL is given', () => {
    const { tatodesk } = parseEnv({ NODE_ENV: 'test', TATODESK_SIMULATOR_URL: 'http://127.0.0.1:4999' });
    expect(tatodesk).toMatchObject({ baseUrl: 'http://127.0.0.1:4999', embedSimulator: false });
  });

  it('uses a Tatodesk account when both its URL and key are set', () => {
    const { tatodesk } = parseEnv({
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(32),
      TATODESK_BASE_URL: 'https://api.example.com',
      TATODESK_API_KEY: 'k'.repeat(32),
      TATODESK_TIMEOUT_MS: '3000',
    });
    expect(tatodesk).toMatchObject({
      mode: 'tatodesk',
      baseUrl: 'https://api.example.com',
      timeoutMs: 3000,
      retries: 2,
    });
  });

  it('needs a session secret to run on an account in production', () => {
    const account = {
      NODE_ENV: 'production',
      TATODESK_BASE_URL: 'https://a.example.com',
      TATODESK_API_KEY: 'k'.repeat(32),
    };
    expect(() => parseEnv(account)).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ ...account, SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
  });

  it('sends notifications only where configured, except in the demonstration', () => {
    const account = { TATODESK_BASE_URL: 'https://a.example.com', TATODESK_API_KEY: 'k'.repeat(32) };
    expect(parseEnv(account).notifications.templates.confirmation.pt).toEqual({
      email: undefined,
      whatsapp: undefined,
      sms: undefined,
    });
    expect(
      parseEnv({ ...account, NOTIFY_SMS_TEMPLATE: 'confirm-sms' }).notifications.templates.confirmation.pt.sms,
    ).toBe('confirm-sms');
    expect(parseEnv({}).notifications.templates.confirmation.pt.email).toBe('booking-confirmation');
  });

  it('reads every kind of message’s templates from one table: each channel, each language', () => {
    const account = { TATODESK_BASE_URL: 'https://a.example.com', TATODESK_API_KEY: 'k'.repeat(32) };
    const { templates } = parseEnv({
      ...account,
      NOTIFY_RECEIVED_SMS_TEMPLATE_EN: 'received-sms-en',
      NOTIFY_REMINDER_WHATSAPP_TEMPLATE: 'reminder-wa',
    }).notifications;
    expect(templates.received.en.sms).toBe('received-sms-en');
    expect(templates.reminder.pt.whatsapp).toBe('reminder-wa');
    expect(templates.waitlist.pt.email).toBeUndefined();
    // The demonstration has every template, the English ones named -en.
    const demo = parseEnv({}).notifications.templates;
    expect(demo.waitlist).toEqual({
      pt: { email: 'waiting-list-place', whatsapp: 'waiting-list-place', sms: 'waiting-list-place' },
      en: { email: 'waiting-list-place-en', whatsapp: 'waiting-list-place-en', sms: 'waiting-list-place-en' },
    });
    expect(() => parseEnv({ NOTIFY_RECEIVED_EMAIL_TEMPLATE: '' })).not.toThrow();
  });

  it('reaches one Redis by URL, or a primary under Sentinel, and names what is missing or contradictory', () => {
    const dev = { NODE_ENV: 'development' } as const;
    expect(parseEnv(dev).redis).toBeUndefined();
    expect(parseEnv({ ...dev, REDIS_URL: 'redis://cache:6379' }).redis).toEqual({
      kind: 'single',
      url: 'redis://cache:6379',
    });
    expect(
      parseEnv({
        ...dev,
        REDIS_SENTINELS: 'sentinel-a:26379, sentinel-b:26380,[::1]:26381',
        REDIS_SENTINEL_NAME: 'booking',
        REDIS_PASSWORD: 'primary-secret',
      }).redis,
    ).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: 'sentinel-a', port: 26379 },
        { host: 'sentinel-b', port: 26380 },
        { host: '::1', port: 26381 },
      ],
      name: 'booking',
      password: 'primary-secret',
      sentinelPassword: undefined,
    });
    expect(() => parseEnv({ ...dev, REDIS_SENTINELS: 'sentinel-a:26379' })).toThrow(/REDIS_SENTINEL_NAME/);
    expect(() => parseEnv({ ...dev, REDIS_SENTINEL_NAME: 'booking' })).toThrow(/REDIS_SENTINELS/);
    expect(() => parseEnv({ ...dev, REDIS_SENTINELS: 'sentinel-a', REDIS_SENTINEL_NAME: 'b' })).toThrow(
      /REDIS_SENTINELS.*not host:port/s,
    );
    expect(() =>
      parseEnv({ ...dev, REDIS_URL: 'redis://cache:6379', REDIS_SENTINELS: 'a:1', REDIS_SENTINEL_NAME: 'b' }),
    ).toThrow(/REDIS_URL.*REDIS_SENTINELS.*choose one/);
    expect(() => parseEnv({ ...dev, REDIS_PASSWORD: 'secret' })).toThrow(/REDIS_PASSWORD.*REDIS_URL/);
  });

  it('reads the accepted attachment types', () => {
    expect(parseEnv({}).attachments.types).toEqual(['pdf', 'jpeg', 'png']);
    expect(parseEnv({ ATTACHMENT_TYPES: 'pdf, PNG' }).attachments.types).toEqual(['pdf', 'png']);
    expect(() => parseEnv({ ATTACHMENT_TYPES: 'exe' })).toThrow(/ATTACHMENT_TYPES/);
  });

  it('refuses half a configuration, or both targets at once', () => {
    expect(() => parseEnv({ TATODESK_BASE_URL: 'https://api.example.com' })).toThrow(/both/);
    expect(() =>
      parseEnv({
        TATODESK_BASE_URL: 'https://a.example.com',
        TATODESK_API_KEY: 'k'.repeat(32),
        TATODESK_SIMULATOR: '1',
      }),
    ).toThrow(/choose one/);
    expect(() => parseEnv({ TATODESK_TIMEOUT_MS: 'soon' })).toThrow(/TATODESK_TIMEOUT_MS/);
  });
});
