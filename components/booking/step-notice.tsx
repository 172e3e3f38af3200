import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';
import { choiceSteps } from '@/lib/booking/steps';

/** A question answered earlier that no longer holds (`<step>-unavailable`), or a time just taken. */
const known = [...choiceSteps.map((step) => `${step}-unavailable` as const), 'slot-taken' as const];

/** Why the citizen was sent back to this question, if they were. */
export async function StepNotice({ code }: { code?: string }) {
  if (!known.includes(code as (typeof known)[number])) return null;
  const [t, common] = await Promise.all([getTranslations('booking'), getTranslations('common')]);
  return <Notice title={common('noticeTitle')}>{t(`notices.${code as (typeof known)[number]}`)}</Notice>;
}
