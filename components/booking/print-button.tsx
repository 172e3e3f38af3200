'use client';

import { useTranslations } from 'next-intl';

export function PrintButton() {
  const t = useTranslations('booking.confirmation');
  return (
    <button
      type="button"
      className="button bg-brand shadow-[0_2px_0_#003078] hover:bg-brand-dark"
      onClick={() => window.print()}
    >
      {t('print')}
    </button>
  );
}
