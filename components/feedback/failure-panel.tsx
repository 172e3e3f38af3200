import { useTranslations } from 'next-intl';
import type { Failure } from '@/lib/failure';

const copy = {
  unavailable: ['unavailableTitle', 'unavailableBody'],
  unauthorized: ['unauthorizedTitle', 'unauthorizedBody'],
  contract: ['contractTitle', 'contractBody'],
} as const;

type Props = {
  /** An upstream failure, the shared store (`store`) being away, or something unexpected. */
  failure: Failure | { kind: 'unexpected'; reference: string } | 'store';
  /** 2 when the page already has its own title (the failure is one part of it). */
  headingLevel?: 1 | 2;
};

/**
 * The calm words for a failure: what happened in plain words, a way to try again (a link to this
 * very address, so it works without JavaScript) and a reference that matches the log line.
 * Rendered inside a page, for the whole of it or for one part of it.
 */
export function FailurePanel({ failure, headingLevel = 1 }: Props) {
  const t = useTranslations('upstream');
  const [title, body] =
    failure === 'store'
      ? (['storeTitle', 'storeBody'] as const)
      : failure.kind in copy
        ? copy[failure.kind as keyof typeof copy]
        : (['genericTitle', 'genericBody'] as const);
  return (
    <FailureView
      headingLevel={headingLevel}
      title={t(title)}
      body={t(body)}
      kept={t('kept')}
      retry={t('retry')}
      home={t('home')}
      reference={failure === 'store' ? undefined : t('reference', { reference: failure.reference })}
    />
  );
}

/** The panel itself, with its words given: also drawn by the error page in the browser. */
export function FailureView({
  headingLevel = 1,
  title,
  body,
  kept,
  retry,
  home,
  reference,
}: {
  headingLevel?: 1 | 2;
  title: string;
  body: string;
  kept: string;
  retry: string;
  home: string;
  reference?: string;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div role="alert" aria-labelledby="failure-title" className="max-w-prose">
      {headingLevel === 1 && <title>{title}</title>}
      <Heading id="failure-title" className={headingLevel === 1 ? 'heading-xl' : 'heading-m'}>
        {title}
      </Heading>
      <p className="body-l">{body}</p>
      <p>{kept}</p>
      <p className="mt-6 flex flex-wrap items-center gap-4">
        {/* An empty href is this page's own address: a reload, with every answer still in it. */}
        <a href="" className="button">
          {retry}
        </a>
        <a href="/">{home}</a>
      </p>
      {reference && <p className="mt-6 text-secondary">{reference}</p>}
    </div>
  );
}
