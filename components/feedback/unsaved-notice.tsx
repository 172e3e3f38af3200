import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';

/** The shared store did not take what was typed: said calmly, and that nothing was lost from the form. */
export async function UnsavedNotice() {
  const upstream = await getTranslations('upstream');
  return (
    <Notice title={upstream('storeTitle')}>
      {upstream('storeBody')} {upstream('unsaved')}
    </Notice>
  );
}
