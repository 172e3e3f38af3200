'use client';

import { useState, useSyncExternalStore } from 'react';

/** The Federal Government's sign-language translator, loaded from its own host only when asked for. */
export const VLIBRAS_APP = 'https://vlibras.gov.br/app';
const VLIBRAS_PLUGIN = `${VLIBRAS_APP}/vlibras-plugin.js`;
const VLIBRAS_APPS = 'https://www.gov.br/governodigital/pt-br/acessibilidade-e-usuario/vlibras';

type VLibrasGlobal = { VLibras?: { Widget: new (app: string) => unknown } };
const noop = () => () => undefined;
/** How long the translator may take to load before the citizen is told it did not. */
const LOAD_TIMEOUT_MS = 15_000;

/** Its words, given by the server: the bar on every page loads no formatting runtime for them. */
export type VLibrasWords = Record<'libras' | 'librasShort' | 'librasApps' | 'librasLoading' | 'librasFailed', string>;

/**
 * "Libras": nothing is fetched from VLibras until this is pressed (no script, no image, no
 * request); then its markup, its script, and its widget started as its documentation says.
 * Without JavaScript, a link to the VLibras apps.
 */
export function VLibrasToggle({ words }: { words: VLibrasWords }) {
  const t = (key: keyof VLibrasWords) => words[key];
  const scripted = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [state, setState] = useState<'off' | 'loading' | 'on' | 'failed'>('off');
  // On a phone, "Libras" alone: the bar stays one line (what is hidden is not in the name either).
  if (!scripted)
    return (
      <a href={VLIBRAS_APPS}>
        <span className="sm:hidden">{t('librasShort')}</span>
        <span className="max-sm:hidden">{t('librasApps')}</span>
      </a>
    );
  const load = () => {
    if (state === 'loading' || state === 'on') return;
    setState('loading');
    const root = document.createElement('div');
    root.setAttribute('vw', '');
    root.className = 'enabled';
    root.innerHTML =
      '<div vw-access-button class="active"></div><div vw-plugin-wrapper><div class="vw-plugin-top-wrapper"></div></div>';
    document.body.appendChild(root);
    const script = document.createElement('script');
    script.src = VLIBRAS_PLUGIN;
    script.async = true;
    // Its host away, refused, or its script not the translator: said, with what else helps, and
    // the button may be pressed again.
    const fail = () => {
      window.clearTimeout(timer);
      root.remove();
      script.remove();
      setState('failed');
    };
    const timer = window.setTimeout(fail, LOAD_TIMEOUT_MS);
    script.onload = () => {
      const global = window as unknown as VLibrasGlobal;
      if (!global.VLibras) return fail();
      window.clearTimeout(timer);
      new global.VLibras.Widget(VLIBRAS_APP);
      // The widget starts on the page's load, which has long passed.
      window.dispatchEvent(new Event('load'));
      setState('on');
    };
    script.onerror = fail;
    document.body.appendChild(script);
  };
  return (
    <>
      <button type="button" className="link-button max-sm:text-sm" aria-pressed={state === 'on'} onClick={load}>
        {state === 'loading' ? (
          t('librasLoading')
        ) : (
          <>
            <span className="sm:hidden">{t('librasShort')}</span>
            <span className="max-sm:hidden">{t('libras')}</span>
          </>
        )}
      </button>
      {state === 'failed' && (
        <span role="alert" className="ml-2">
          {t('librasFailed')} <a href={VLIBRAS_APPS}>{t('librasApps')}</a>
        </span>
      )}
    </>
  );
}
