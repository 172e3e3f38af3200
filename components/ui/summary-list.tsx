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
        // A fixed third column, so that rows with and without "change" line up.
        <div
          key={row.key}
          className="grid gap-1 border-b border-border py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_6rem] sm:gap-4"
        >
          <dt className="font-bold">{row.key}</dt>
          <dd className="min-w-0 [overflow-wrap:anywhere]">{row.value}</dd>
          {row.change && (
            <dd className="sm:text-right">
              <a href={row.change.href}>
                {row.change.label}
                <span className="sr-only"> {row.change.hidden}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
