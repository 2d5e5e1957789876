/**
 * Tick labels as powers of ten (10⁻¹⁶ … 10⁰) for a log–log plot spanning many decades, where
 * d3's default labels would mix "1e-8" with "0.000001". Used inside a PlotFrame whose own
 * ticks are switched off (xTicks={0} yTicks={0}); draws a faint grid line at every decade and
 * a label every few decades, as many as fit.
 */
import { usePlot } from '../kit';
import styles from './gradients.module.css';
import { powerOfTen } from '../kit';

const TICK = 5;

/** Pixels to 0.01 (log scales call Math.log, whose last bit may differ between Node and a browser). */
const px2 = (v: number): number => Math.round(v * 100) / 100;

/** Decades between labels: the smallest of 1, 2, 4, 8 leaving `minPx` between labels. */
export function labelEvery(pxPerDecade: number, minPx: number): number {
  for (const k of [1, 2, 4, 8]) if (k * pxPerDecade >= minPx) return k;
  return 16;
}

function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++) out.push(e);
  return out;
}

export function PowerTicks() {
  const { x, y, xDomain, yDomain, inner } = usePlot();
  const bottom = inner.top + inner.height, right = inner.left + inner.width;
  const xs = decades(xDomain[0], xDomain[1]);
  const ys = decades(yDomain[0], yDomain[1]);
  const xEvery = labelEvery(inner.width / Math.max(1, xs.length - 1), 46);
  const yEvery = labelEvery(inner.height / Math.max(1, ys.length - 1), 26);
  // Label the exponents that are multiples of `every` so 10⁰ is always among them.
  const labelled = (e: number, every: number) => e % every === 0;
  return (
    <g className={styles.ticks} aria-hidden="true">
      {xs.map((e) => (
        <line key={`gx${e}`} className={styles.gridLine} x1={px2(x(10 ** e))} x2={px2(x(10 ** e))} y1={inner.top} y2={bottom} />
      ))}
      {ys.map((e) => (
        <line key={`gy${e}`} className={styles.gridLine} x1={inner.left} x2={right} y1={px2(y(10 ** e))} y2={px2(y(10 ** e))} />
      ))}
      {xs.filter((e) => labelled(e, xEvery)).map((e) => (
        <g key={`x${e}`} transform={`translate(${x(10 ** e).toFixed(2)},${bottom})`}>
          <line y2={TICK} />
          <text y={TICK + 3} dy="0.71em" textAnchor="middle">{powerOfTen(e)}</text>
        </g>
      ))}
      {ys.filter((e) => labelled(e, yEvery)).map((e) => (
        <g key={`y${e}`} transform={`translate(${inner.left},${y(10 ** e).toFixed(2)})`}>
          <line x2={-TICK} />
          <text x={-TICK - 3} dy="0.32em" textAnchor="end">{powerOfTen(e)}</text>
        </g>
      ))}
    </g>
  );
}
