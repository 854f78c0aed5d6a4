import { Group } from '@visx/group';
import { Bar } from '@visx/shape';
import { nice, ticks } from '@visx/vendor/d3-array';
import { scaleBand } from '@visx/vendor/d3-scale';

/*
 * The console's one chart: grouped bars drawn with visx (its shapes, and d3's band scale and tick maths, which visx
 * ships in @visx/vendor). The axes are drawn here, and the value axis is a plain proportion from 0: @visx/scale's
 * wrappers and @visx/axis would bring d3's colour, interpolation and number-format code, ~11 KB gzip of the
 * chunk, for nothing these bars use. Loaded lazily by the pages that draw it; it imports nothing of theirs, so it stays
 * a chunk of its own. Colours are CSS variables (--chart-1…3, --chart-axis, --chart-grid in styles.css), resolved by
 * the browser, so both themes work without a redraw; nothing moves, so reduced motion needs nothing. It is a picture
 * for sighted users: the page puts a summary and a table of the same numbers beside it.
 */

export interface BarSeries {
  key: string;
  /** The series' name in the page's language (legend and tooltip). */
  name: string;
  values: readonly number[];
}

export interface GroupedBarChartProps {
  /** The x labels, formatted by the caller in the active locale (hours, days). */
  labels: readonly string[];
  series: readonly BarSeries[];
  /** The active locale, for the y axis' numbers. */
  locale: string;
  /** The image's accessible name: a one-sentence summary of what it shows. */
  summary: string;
  /** At most this many x labels are written (every n-th band). */
  maxXLabels?: number;
  height?: number;
}

const WIDTH = 720;
const MARGIN = { top: 8, right: 8, bottom: 24, left: 44 };

export function GroupedBarChart({ labels, series, locale, summary, maxXLabels = 8, height = 240 }: GroupedBarChartProps) {
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  const exact = new Intl.NumberFormat(locale);
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const indexes = labels.map((_, i) => i);
  const x = scaleBand<number>().domain(indexes).range([0, innerWidth]).paddingInner(0.2).paddingOuter(0.1);
  const inner = scaleBand<string>()
    .domain(series.map((s) => s.key))
    .range([0, x.bandwidth()])
    .padding(0.05);
  const [, top = 1] = nice(0, Math.max(1, ...series.flatMap((s) => s.values)), 4);
  const y = (value: number) => innerHeight - (Math.max(0, value) / top) * innerHeight;
  // whole numbers only: a count of 0.5 makes no sense
  const yTicks = ticks(0, top, 4).filter((tick) => Number.isInteger(tick));
  const step = Math.max(1, Math.ceil(labels.length / maxXLabels));

  return (
    <div className="chart">
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s, k) => (
          <li key={s.key}>
            <span className={`chart-swatch chart-fill-${k + 1}`} />
            {s.name}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={summary} className="chart-svg">
        <Group left={MARGIN.left} top={MARGIN.top}>
          {yTicks.map((tick) => (
            <g key={tick}>
              <line x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} className="chart-grid" />
              <text x={-6} y={y(tick)} dy="0.32em" textAnchor="end" className="chart-axis-label">
                {compact.format(tick)}
              </text>
            </g>
          ))}
          {indexes.map((i) => (
            <Group key={i} left={x(i)}>
              <title>{`${labels[i]}\n${series.map((s) => `${s.name}: ${exact.format(s.values[i] ?? 0)}`).join('\n')}`}</title>
              {/* the whole band answers the mouse, for the native tooltip */}
              <rect width={x.bandwidth()} height={innerHeight} fill="transparent" />
              {series.map((s, k) => {
                const value = s.values[i] ?? 0;
                return (
                  <Bar
                    key={s.key}
                    x={inner(s.key)}
                    y={y(value)}
                    width={inner.bandwidth()}
                    height={Math.max(0, innerHeight - y(value))}
                    className={`chart-fill-${k + 1}`}
                  />
                );
              })}
            </Group>
          ))}
          <line x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} className="chart-axis" />
          {indexes
            .filter((i) => i % step === 0)
            .map((i) => (
              <text key={i} x={(x(i) ?? 0) + x.bandwidth() / 2} y={innerHeight + 16} textAnchor="middle" className="chart-axis-label">
                {labels[i]}
              </text>
            ))}
        </Group>
      </svg>
    </div>
  );
}
