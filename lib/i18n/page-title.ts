import { getTranslations } from 'next-intl/server';

/** "Question · Site": the page's own words first, so tabs and screen readers say what differs. */
export async function pageTitle(title?: string): Promise<string> {
  const t = await getTranslations('meta');
  return title ? `${title} · ${t('title')}` : t('title');
}
