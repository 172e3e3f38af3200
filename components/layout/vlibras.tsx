'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';

/** The Federal Government's sign-language translator, loaded from its own host only when asked for. */
export const VLIBRAS_APP = 'https://vlibras.gov.br/app';
const VLIBRAS_PLUGIN = `${VLIBRAS_APP}/vlibras-plugin.js`;
const VLIBRAS_APPS = 'https://www.gov.br/governodigital/pt-br/acessibilidade-e-usuario/vlibras';

type VLibrasGlobal = { VLibras?: { Widget: new (app: string) => unknown } };
const noop = () => () => undefined;

/**
 * "Libras": nothing is fetched from VLibras until this is pressed (no script, no image, no
 * request); then its markup, its script, and its widget started as its documentation says.
 * Without JavaScript, a link to the VLibras apps.
 */
export function VLibrasToggle() {
  const t = useTranslations('a11y');
  const scripted = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [state, setState] = useState<'off' | 'loading' | 'on'>('off');
  if (!scripted) return <a href={VLIBRAS_APPS}>{t('librasApps')}</a>;
  const load = () => {
    if (state !== 'off') return;
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
    script.onload = () => {
      const global = window as unknown as VLibrasGlobal;
      if (global.VLibras) {
        new global.VLibras.Widget(VLIBRAS_APP);
        // The widget starts on the page's load, which has long passed.
        window.dispatchEvent(new Event('load'));
      }
      setState('on');
    };
    script.onerror = () => setState('off');
    document.body.appendChild(script);
  };
  return (
    <button type="button" className="link-button" aria-pressed={state === 'on'} onClick={load}>
      {state === 'loading' ? t('librasLoading') : t('libras')}
    </button>
  );
}
