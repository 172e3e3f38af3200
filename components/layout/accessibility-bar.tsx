import { getTranslations } from 'next-intl/server';
import { ReturnHere } from './return-here';
import { Shortcuts } from './shortcuts';
import { VLibrasToggle, type VLibrasWords } from './vlibras';

/**
 * e-MAG's accessibility bar, first on every page: the four shortcuts (as access keys, and with
 * JavaScript as Alt+1…4 wherever focus is), high contrast that persists, the accessibility page,
 * and Libras on request.
 */
export async function AccessibilityBar({
  high,
  setContrast,
}: {
  high: boolean;
  setContrast: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations('a11y');
  const librasWords: VLibrasWords = {
    libras: t('libras'),
    librasShort: t('librasShort'),
    librasApps: t('librasApps'),
    librasLoading: t('librasLoading'),
    librasFailed: t('librasFailed'),
  };
  // On a phone (no keyboard, no access keys) the shortcuts leave the line to the three choices,
  // and come back into view when a keyboard reaches them: the bar stays one line, as gov.br's does.
  const shortcut = (href: string, key: string, label: string) => (
    <li className="max-sm:has-[:focus-visible]:not-sr-only max-sm:sr-only">
      <a href={href} accessKey={key} className="text-white">
        {label} <span className="rounded bg-white px-1 text-sm text-ink">{key}</span>
      </a>
    </li>
  );
  return (
    <nav aria-label={t('bar')} className="a11y-bar bg-ink text-white print:hidden">
      <ul className="page-width flex flex-wrap items-center gap-x-4 gap-y-1 py-1 text-sm sm:gap-x-6 sm:text-base">
        {shortcut('#main', '1', t('content'))}
        {shortcut('#menu', '2', t('menu'))}
        {shortcut('/appointments', '3', t('form'))}
        {shortcut('#footer', '4', t('footer'))}
        <li>
          <a href="/accessibility" className="text-white">
            {t('page')}
          </a>
        </li>
        <li>
          <form action={setContrast}>
            <input type="hidden" name="contrast" value={high ? 'normal' : 'high'} />
            <ReturnHere />
            <button type="submit" className="link-button max-sm:text-sm" aria-pressed={high}>
              {t('contrastOn')}
            </button>
          </form>
        </li>
        <li>
          <VLibrasToggle words={librasWords} />
        </li>
      </ul>
      <Shortcuts />
    </nav>
  );
}
