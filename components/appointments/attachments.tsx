'use client';

import { useState } from 'react';
import { useTranslations } from '@/components/i18n/intl-provider';
import { ErrorMessage, FormGroup } from '@/components/ui/field-parts';
import { Notice } from '@/components/ui/notice';
import type { AttachOutcome, FileOutcome } from '@/lib/appointments/attachments';

type Limits = { types: string; maxFile: number; maxTotal: number };
type Row = { name: string; percent?: number; status?: FileOutcome['status'] };
type Answer = Partial<AttachOutcome>;

/** One request per file, so that each shows its own progress; the answer says what the file became. */
function send(url: string, file: File, onProgress: (percent: number) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const body = new FormData();
    body.append('files', file);
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) =>
      event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText || '{}') as Answer);
      } catch {
        resolve({});
      }
    };
    request.onerror = () => resolve({});
    request.send(body);
  });
}

type Props = {
  protocol: string;
  limits: Limits;
  /** The file input's `accept`, from the configured types. */
  accept: string;
  /** The documents the appointment holds, by name. */
  initialNames: string[];
  /** False once the appointment is closed: the list stays, the form goes. */
  open: boolean;
  initialResults?: FileOutcome[];
  /** Without JavaScript, the form came back because no file was chosen. */
  initialMissing?: boolean;
};

/**
 * The documents sent and a plain multipart form that works without JavaScript (the server answers
 * with the appointment page and the results); with it, files go one by one with progress, and the
 * list follows each answer without reloading the page.
 */
export function Attachments({
  protocol,
  limits,
  accept,
  initialNames,
  open,
  initialResults,
  initialMissing = false,
}: Props) {
  const t = useTranslations('appointment');
  const prefix = useTranslations('common')('errorPrefix');
  const [names, setNames] = useState(initialNames);
  const [rows, setRows] = useState<Row[]>(initialResults ?? []);
  const [missing, setMissing] = useState(initialMissing);
  const [busy, setBusy] = useState(false);
  const action = `/appointments/${protocol}/attachments`;

  const describe = (row: Row) => {
    if (!row.status) return t('progress', { name: row.name, percent: row.percent ?? 0 });
    if (row.status === 'accepted') return t('accepted', { name: row.name });
    return t(`refused.${row.status}`, { name: row.name, ...limits });
  };

  const upload = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('files') as HTMLInputElement;
    const files = [...(input.files ?? [])];
    setMissing(files.length === 0);
    if (files.length === 0 || busy) return;
    setBusy(true);
    setRows(files.map((f) => ({ name: f.name, percent: 0 })));
    // One after another: on a slow connection each file gets the whole line, and finishes sooner.
    for (const [i, file] of files.entries()) {
      const answer = await send(action, file, (percent) =>
        setRows((current) => current.map((row, j) => (j === i ? { ...row, percent } : row))),
      );
      const status = answer.results?.[0]?.status ?? 'failed';
      setRows((current) => current.map((row, j) => (j === i ? { ...row, status } : row)));
      if (answer.attachments) setNames(answer.attachments);
    }
    input.value = '';
    setBusy(false);
  };

  return (
    <>
      <section aria-labelledby="attachments-title" className="mb-8 print:hidden">
        <h2 id="attachments-title" className="heading-m">
          {t('attachments')}
        </h2>
        {names.length === 0 ? (
          <p className="mb-6">{t('noAttachments')}</p>
        ) : (
          <ul className="mb-6 list-disc pl-6">
            {names.map((name, i) => (
              <li key={`${i}-${name}`}>{name}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-title" className="mb-8 print:hidden">
        <h2 id="add-title" className="heading-m">
          {t('addTitle')}
        </h2>
        {!open ? (
          <Notice title={t('addTitle')}>{t('closed')}</Notice>
        ) : (
          <form action={action} method="post" encType="multipart/form-data" noValidate onSubmit={upload}>
            <FormGroup error={missing ? t('none') : undefined}>
              <label htmlFor="files" className="label">
                {t('files')}
              </label>
              <div id="files-hint" className="mb-3 text-secondary">
                {t('addHint', limits)}
              </div>
              <ErrorMessage name="files" prefix={prefix} message={missing ? t('none') : undefined} />
              <input
                id="files"
                name="files"
                type="file"
                multiple
                accept={accept}
                aria-describedby={missing ? 'files-hint files-error' : 'files-hint'}
                // Still the browser's own file input (keyboard, screen readers, no JavaScript), dressed
                // as the site's secondary button.
                className="block max-w-full text-lg file:mr-4 file:cursor-pointer file:border-2 file:border-solid file:border-ink file:bg-surface file:px-4 file:py-2 file:text-lg file:font-bold file:text-ink file:shadow-[0_2px_0_#0b0c0c] hover:file:bg-border"
              />
            </FormGroup>
            <div role="status" aria-live="polite">
              {rows.length > 0 && (
                <>
                  <h3 className="mb-2 font-bold">{t('results')}</h3>
                  <ul className="mb-6 space-y-1">
                    {rows.map((row, i) => (
                      <li
                        key={`${row.name}-${i}`}
                        className={row.status && row.status !== 'accepted' ? 'font-bold text-error' : ''}
                      >
                        {describe(row)}
                        {!row.status && (
                          <progress
                            className="ml-2 align-middle"
                            max={100}
                            value={row.percent ?? 0}
                            aria-hidden="true"
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {busy ? t('uploading') : t('upload')}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
