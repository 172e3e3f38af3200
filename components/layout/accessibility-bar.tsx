import { Shortcuts } from './shortcuts';
import { VLibrasToggle, type VLibrasWords } from './vlibras';

export type AccessibilityBarWords = Record<
  'bar' | 'content' | 'menu' | 'form' | 'footer' | 'page' | 'contrastOn',
  string
> & {
  libras: VLibrasWords;
};

/**
 * e-MAG's accessibility bar, first on every page: the four shortcuts (as access keys, and with
 * JavaScript as Alt+1…4 wherever focus is), high contrast that persists, the accessibility page,
 * and Libras on request. Its words come from the layout: drawn on every view, it waits for nothing.
 * The contrast form comes back to the page it was sent from (its action reads the address).
 */
export function AccessibilityBar({
  high,
  setContrast,
  words,
}: {
  high: boolean;
  setContrast: (form: FormData) => Promise<void>;
  words: AccessibilityBarWords;
}) {
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
    <nav aria-label={words.bar} className="a11y-bar bg-ink text-white print:hidden">
      <ul className="page-width flex flex-wrap items-center gap-x-4 gap-y-1 py-1 text-sm sm:gap-x-6 sm:text-base">
        {shortcut('#main', '1', words.content)}
        {shortcut('#menu', '2', words.menu)}
        {shortcut('/appointments', '3', words.form)}
        {shortcut('#footer', '4', words.footer)}
        <li>
          <a href="/accessibility" className="text-white">
            {words.page}
          </a>
        </li>
        <li>
          <form action={setContrast}>
            <input type="hidden" name="contrast" value={high ? 'normal' : 'high'} />
            <button type="submit" className="link-button max-sm:text-sm" aria-pressed={high}>
              {words.contrastOn}
            </button>
          </form>
        </li>
        <li>
          <VLibrasToggle words={words.libras} />
        </li>
      </ul>
      <Shortcuts />
    </nav>
  );
}
