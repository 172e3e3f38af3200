/**
 * A plain data table: a caption for screen readers, column headers, rows of cells. From a
 * tablet's width up it is a table (scrolling sideways if it must); on a phone each row is a
 * block of its cells, one under the other, each under its column's name, so that nothing (an
 * action button least of all) sits off the screen. The table's roles are set on each element, as
 * a phone's display rules would otherwise take them from screen readers.
 */
export function DataTable({
  caption,
  headers,
  rows,
  wide = false,
}: {
  caption: string;
  headers: string[];
  rows: { key: string | number; cells: React.ReactNode[] }[];
  /** Wider than a tablet: its scrolling box is a named region the keyboard can reach and scroll. */
  wide?: boolean;
}) {
  return (
    <div className="mb-6 sm:overflow-x-auto" {...(wide ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}>
      <table
        role="table"
        className={`block w-full border-collapse text-left text-base sm:table ${wide ? 'sm:min-w-max' : ''}`}
      >
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row" className="border-b-2 border-ink">
            {headers.map((header) => (
              <th key={header} role="columnheader" scope="col" className="p-2">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="block border-t-2 border-ink sm:table-row-group sm:border-t-0">
          {rows.map((row) => (
            <tr role="row" key={row.key} className="block border-b border-border py-2 sm:table-row sm:py-0">
              {row.cells.map((cell, i) => (
                <td role="cell" key={i} className="block px-0 py-1 [overflow-wrap:anywhere] sm:table-cell sm:p-2">
                  {headers[i] && (
                    <span aria-hidden="true" className="block font-bold sm:hidden">
                      {headers[i]}
                    </span>
                  )}
                  <div>{cell}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
