import type { Locale } from '@/lib/i18n/config';

export type SiteHeaderWords = Record<
  'siteName' | 'demoLabel' | 'demoBanner' | 'demoOutbox' | 'switchTo' | 'switchToLabel',
  string
>;

/**
 * The site's name, and the language switch: a form, not a link, so that it works without
 * JavaScript and sets the choice for the whole visit. It comes back to the page it was sent from
 * (its action reads the address); typed details survive it through the details form's own memory.
 * Its words come from the layout: drawn on every view, it waits for nothing.
 */
export function SiteHeader({
  demo,
  other,
  switchLanguage,
  words,
}: {
  demo: boolean;
  /** The language the switch offers. */
  other: Locale;
  /** The language switch's server action, from the layout. */
  switchLanguage: (form: FormData) => Promise<void>;
  words: SiteHeaderWords;
}) {
  return (
    <header>
      <div className="border-b-8 border-brand bg-ink text-white">
        <div id="menu" tabIndex={-1} className="page-width flex flex-wrap items-center justify-between gap-3 py-3">
          <a href="/" className="text-xl font-bold text-white no-underline hover:underline">
            {words.siteName}
            {demo && ' '}
            {demo && (
              <span className="ml-2 rounded bg-warn px-2 py-0.5 align-middle text-sm text-ink">{words.demoLabel}</span>
            )}
          </a>
          <form action={switchLanguage}>
            <input type="hidden" name="locale" value={other} />
            <button type="submit" lang={other} aria-label={words.switchToLabel} className="link-button">
              {words.switchTo}
            </button>
          </form>
        </div>
      </div>
      {demo && (
        <div className="border-b border-warn-dark bg-warn-light">
          <p className="page-width py-2 text-base">
            {words.demoBanner} <a href="/demo/notifications">{words.demoOutbox}</a>
          </p>
        </div>
      )}
    </header>
  );
}
