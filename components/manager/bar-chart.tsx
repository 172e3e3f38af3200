import { scaleBand, scaleLinear } from 'd3-scale';

export type Series = {
  name: string;
  /** A Tailwind fill class of the theme's colours, each at least 3:1 against the page. */
  fill: string;
  values: (number | undefined)[];
};

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 40 };

/**
 * Bars drawn on the server as SVG (d3-scale places them; React writes the elements): no script,
 * readable with JavaScript off. The picture is one image named by its title; what it shows is said
 * in words under it (`summary`), and the page gives every figure in a table beside it.
 */
export function BarChart({
  id,
  title,
  summary,
  categories,
  series,
}: {
  id: string;
  title: string;
  summary: string;
  categories: string[];
  series: Series[];
}) {
  const x = scaleBand<number>()
    .domain(categories.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.08);
  // Counts and minutes are whole: at least 4 on the axis, so that its marks are whole numbers too.
  const highest = Math.max(4, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const y = scaleLinear()
    .domain([0, highest])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return (
    <figure aria-labelledby={`${id}-title`} className="mb-4">
      <h3 id={`${id}-title`} className="heading-s mb-2">
        {title}
      </h3>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-2xl text-ink"
        focusable="false"
      >
        {y
          .ticks(4)
          .filter(Number.isInteger)
          .map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="stroke-border" />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="12" fill="currentColor">
                {tick}
              </text>
            </g>
          ))}
        {categories.map((category, i) => (
          <g key={category} transform={`translate(${x(i)},0)`}>
            {series.map((s, j) => {
              const value = s.values[i] ?? 0;
              return (
                <rect
                  key={s.name}
                  x={inner(j)}
                  y={y(value)}
                  width={inner.bandwidth()}
                  height={Math.max(0, y(0) - y(value))}
                  className={s.fill}
                />
              );
            })}
            <text x={x.bandwidth() / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="12" fill="currentColor">
              {category}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-2">
        <ul className="mb-2 flex flex-wrap gap-x-6 gap-y-1" aria-label={title}>
          {series.map((s) => (
            <li key={s.name} className="flex items-center gap-2">
              <svg aria-hidden="true" width="14" height="14" focusable="false">
                <rect width="14" height="14" className={s.fill} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
        <p className="body-m">{summary}</p>
      </figcaption>
    </figure>
  );
}
