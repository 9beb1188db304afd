import { makeStyles, tokens } from '@fluentui/react-components';
import { Decimal } from '../core/decimal';
import { formatShort } from '../core/numbers';
import type { Result } from '../core/review-model';
import { earthBars, earthScale, investSlices } from './chartData';
import type { Strings } from './strings';

const WIDTH = 300;
const ROW = 16;
const PALETTE = ['#2e7d32', '#1565c0', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#5d4037'];

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  svg: { width: '100%', height: 'auto', fontFamily: tokens.fontFamilyBase },
});

const short = (v: string) => formatShort(new Decimal(v), 2);

/** Plain-SVG summary: earth-stone balance per category and the investment split (no chart library). */
export function SummaryChart({ results, s }: { results: Result[]; s: Strings }) {
  const styles = useStyles();
  const bars = earthBars(results);
  const slices = investSlices(results);
  if (bars.length === 0 && slices.length === 0) return null;
  const scale = earthScale(bars);
  const length = (value: string, unit: string) => {
    const max = scale.get(unit);
    return !max || max.isZero() ? 0 : new Decimal(value).abs().div(max).times(WIDTH - 120).toNumber();
  };
  const earthHeight = bars.length * ROW * 3;
  return (
    <>
      {bars.length > 0 && (
        <figure className={styles.figure} data-testid="chart-earth">
          <figcaption className={styles.caption}>{s.chartEarthTitle}</figcaption>
          <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${earthHeight}`} role="img" aria-label={s.chartEarthTitle}>
            {bars.map((b, i) => {
              const y = i * ROW * 3;
              return (
                <g key={b.label} transform={`translate(0 ${y})`}>
                  <text x={0} y={11} fontSize={11} fill={tokens.colorNeutralForeground1}>{s.withNote(b.label, b.unit)}</text>
                  {(['supply', 'disposable'] as const).map((metric, k) => {
                    const value = b[metric];
                    if (value === undefined) return null;
                    const negative = new Decimal(value).isNegative();
                    const w = length(value, b.unit);
                    const fill = metric === 'supply' ? '#2e7d32' : negative ? '#c62828' : '#1565c0';
                    return (
                      <g key={metric} transform={`translate(0 ${ROW + k * ROW})`}>
                        <rect x={0} y={2} width={Math.max(w, 1)} height={ROW - 6} fill={fill} rx={2}>
                          <title>{`${metric === 'supply' ? s.supply : s.disposable}: ${value} ${b.unit}`}</title>
                        </rect>
                        <text x={w + 4} y={ROW - 5} fontSize={10} fill={tokens.colorNeutralForeground2}>
                          {`${metric === 'supply' ? s.supply : s.disposable} ${short(value)}`}
                        </text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        </figure>
      )}
      {slices.length > 0 && (
        <figure className={styles.figure} data-testid="chart-invest">
          <figcaption className={styles.caption}>{s.chartInvestTitle}</figcaption>
          <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${ROW * (slices.length + 2)}`} role="img" aria-label={s.chartInvestTitle}>
            {(() => {
              let x = 0;
              return slices.map((slice, i) => {
                const w = slice.share * WIDTH;
                const rect = <rect key={slice.category} x={x} y={0} width={w} height={ROW} fill={PALETTE[i % PALETTE.length]} />;
                x += w;
                return rect;
              });
            })()}
            {slices.map((slice, i) => (
              <g key={slice.category} transform={`translate(0 ${ROW * (i + 1) + 6})`}>
                <rect x={0} y={2} width={10} height={10} fill={PALETTE[i % PALETTE.length]} />
                <text x={14} y={11} fontSize={10} fill={tokens.colorNeutralForeground1}>
                  {s.withNote(`${slice.category} ${short(slice.value)} ${slice.unit}`, `${(slice.share * 100).toFixed(1)}%`)}
                </text>
              </g>
            ))}
          </svg>
        </figure>
      )}
    </>
  );
}
