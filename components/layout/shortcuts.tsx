'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * e-MAG's shortcuts with JavaScript: Alt+1 the content, Alt+2 the menu, Alt+3 the page's main form
 * (its first field) or, where a page has none, finding an appointment, Alt+4 the footer. Without
 * JavaScript the bar's links carry the same keys as access keys.
 */
export function Shortcuts() {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const key = /^Digit([1-4])$/.exec(event.code)?.[1];
      if (!key) return;
      event.preventDefault();
      if (key === '3') {
        const field = document.querySelector<HTMLElement>(
          '#main form input:not([type="hidden"]):not([hidden]), #main form select, #main form textarea',
        );
        if (field) return field.focus();
        router.push('/appointments');
        return;
      }
      const target = document.getElementById({ '1': 'main', '2': 'menu', '4': 'footer' }[key]!);
      target?.focus();
      target?.scrollIntoView({ block: 'start' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router]);
  return null;
}
