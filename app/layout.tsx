import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { setContrast, setLocale } from '@/app/actions';
import { stopBookingForCaller } from '@/app/staff/actions';
import { FailureWordsProvider } from '@/components/feedback/failure-words';
import { AccessibilityBar } from '@/components/layout/accessibility-bar';
import { SiteHeader } from '@/components/layout/site-header';
import { OnBehalfBanner } from '@/components/staff/on-behalf-banner';
import { highContrast } from '@/lib/http/contrast';
import { onBehalf } from '@/lib/staff/on-behalf';
import { isDemo } from '@/lib/tatodesk';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  // Each page sets its whole title (see lib/i18n/page-title.ts); the details form sets its own, to mark errors.
  return {
    description: t('description'),
    // Served from public/: a favicon for every first load, and what a phone needs to add the
    // service to its home screen.
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    manifest: '/manifest.webmanifest',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b0c0c' };

export default async function RootLayout({ children }: LayoutProps<'/'>) {
  const [locale, t, a11y, upstream, agent, high] = await Promise.all([
    getLocale(),
    getTranslations('layout'),
    getTranslations('a11y'),
    getTranslations('upstream'),
    onBehalf(),
    highContrast(),
  ]);
  const demo = isDemo();
  // The bar's and the header's words, read here once: drawn on every view, they wait for nothing.
  const barWords = {
    ...pick(a11y, ['bar', 'content', 'menu', 'form', 'footer', 'page', 'contrastOn'] as const),
    libras: pick(a11y, ['libras', 'librasShort', 'librasApps', 'librasLoading', 'librasFailed'] as const),
  };
  const headerWords = pick(t, [
    'siteName',
    'demoLabel',
    'demoBanner',
    'demoOutbox',
    'switchTo',
    'switchToLabel',
  ] as const);
  // Client components get their words where they are used (components/i18n/client-intl.tsx);
  // the error page, drawn in the browser, gets its own few here.
  const failureWords = {
    genericTitle: upstream('genericTitle'),
    genericBody: upstream('genericBody'),
    storeTitle: upstream('storeTitle'),
    storeBody: upstream('storeBody'),
    kept: upstream('kept'),
    retry: upstream('retry'),
    home: upstream('home'),
    // Formatted with its own placeholder: the browser puts the digest where it stands.
    reference: upstream('reference', { reference: '{reference}' }),
  };
  return (
    <html lang={locale} className={high ? 'contrast' : undefined}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          {t('skipLink')}
        </a>
        <FailureWordsProvider words={failureWords}>
          <AccessibilityBar high={high} setContrast={setContrast} words={barWords} />
          <SiteHeader
            demo={demo}
            other={locale === 'en' ? 'pt-BR' : 'en'}
            switchLanguage={setLocale}
            words={headerWords}
          />
          <main id="main" tabIndex={-1} className="page-width flex-1 py-8 sm:py-12">
            {agent && <OnBehalfBanner user={agent.user} stop={stopBookingForCaller} />}
            {children}
          </main>
          <footer id="footer" tabIndex={-1} className="border-t-2 border-brand bg-surface">
            <p className="page-width flex flex-wrap justify-between gap-4 py-6 text-base text-secondary">
              <span>{t('footer')}</span>
              <span className="flex flex-wrap gap-6">
                <a href="/privacy">{t('privacy')}</a>
                <a href="/staff">{t('staff')}</a>
              </span>
            </p>
          </footer>
        </FailureWordsProvider>
      </body>
    </html>
  );
}

/** These messages of a namespace, by key. */
function pick<K extends string>(t: (key: K) => string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<K, string>;
}
