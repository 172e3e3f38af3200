'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FileOutcome } from '@/lib/appointments/attachments';
import { ErrorMessage, FormGroup } from '@/components/ui/field-parts';

type Limits = { types: string; maxFile: number; maxTotal: number };
type Row = { name: string; percent?: number; status?: FileOutcome['status'] };

/** One request per file, so that each shows its own progress; the answer lists what each file became. */
function send(url: string, file: File, onProgress: (percent: number) => void): Promise<FileOutcome['status']> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const body = new FormData();
    body.append('files', file);
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) =>
      event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      const answer = JSON.parse(request.responseText || '{}') as { results?: FileOutcome[] };
      resolve(answer.results?.[0]?.status ?? 'failed');
    };
    request.onerror = () => resolve('failed');
    request.send(body);
  });
}

/**
 * A plain multipart form that works without JavaScript (the server answers with the appointment
 * page and the results); with it, files go one by one with progress.
 */
export function AttachmentUpload({
  protocol,
  limits,
  initialResults,
  initialMissing = false,
}: {
  protocol: string;
  limits: Limits;
  initialResults?: FileOutcome[];
  /** Without JavaScript, the form came back because no file was chosen. */
  initialMissing?: boolean;
}) {
  const t = useTranslations('appointment');
  const prefix = useTranslations('booking.common')('errorPrefix');
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>(initialResults ?? []);
  const [missing, setMissing] = useState(initialMissing);
  const [busy, setBusy] = useState(false);
  const action = `/appointments/${protocol}/attachments`;

  const describe = (row: Row) => {
    if (!row.status) return t('progress', { name: row.name, percent: row.percent ?? 0 });
    if (row.status === 'accepted') return t('accepted', { name: row.name });
    return t(`refused.${row.status}`, { name: row.name, ...limits });
  };

  return (
    <form
      action={action}
      method="post"
      encType="multipart/form-data"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem('files') as HTMLInputElement;
        const files = [...(input.files ?? [])];
        setMissing(files.length === 0);
        if (files.length === 0 || busy) return;
        setBusy(true);
        setRows(files.map((f) => ({ name: f.name, percent: 0 })));
        // One after another: on a slow connection each file gets the whole line, and finishes sooner.
        for (const [i, file] of files.entries()) {
          const status = await send(action, file, (percent) =>
            setRows((current) => current.map((row, j) => (j === i ? { ...row, percent } : row))),
          );
          setRows((current) => current.map((row, j) => (j === i ? { ...row, status } : row)));
        }
        input.value = '';
        setBusy(false);
        router.refresh();
      }}
    >
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
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby={missing ? 'files-hint files-error' : 'files-hint'}
          className="block max-w-full text-lg"
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
                    <progress className="ml-2 align-middle" max={100} value={row.percent ?? 0} aria-hidden="true" />
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
  );
}
