import { getTranslations } from 'next-intl/server';

/** On every page while staff book for a caller: who is booking, and the way out of it. */
export async function OnBehalfBanner({ user, stop }: { user: string; stop: (form: FormData) => Promise<void> }) {
  const t = await getTranslations('staff.onBehalf');
  return (
    <div className="mb-6 flex flex-wrap items-center gap-4 border-4 border-brand bg-surface px-4 py-3 print:hidden">
      <p className="font-bold">{t('banner', { user })}</p>
      <form action={stop}>
        <button type="submit" className="cursor-pointer text-lg text-link underline">
          {t('stop')}
        </button>
      </form>
    </div>
  );
}
