import Link from 'next/link';

export type SummaryRow = {
  key: string;
  value: React.ReactNode;
  change?: { href: string; label: string; hidden: string };
};

/** GOV.UK summary list: each answer with a "change" link whose name says what it changes. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="mb-8 border-t border-border">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 border-b border-border py-3 sm:grid-cols-[1fr_2fr_auto] sm:gap-4">
          <dt className="font-bold">{row.key}</dt>
          <dd className="min-w-0 [overflow-wrap:anywhere]">{row.value}</dd>
          {row.change && (
            <dd>
              <Link href={row.change.href}>
                {row.change.label}
                <span className="sr-only"> {row.change.hidden}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
