/**
 * The polynomial's coefficients w₁ … w₉ as bars (the constant w₀, which is not penalized, is
 * left out): filled, the penalized fit; outlined, the unpenalized fit. The axis is fixed at
 * ±COEFFICIENT_RANGE, so bars do not jump as λ moves; an unpenalized coefficient beyond it is
 * cut at the edge with its value written there. A coefficient that is exactly 0 gets a "0"
 * over the axis, so an empty slot reads as a zero and not as a missing bar.
 */
import { color, PlotFrame, usePlot } from '../kit';
import { COEFFICIENT_DEGREE, COEFFICIENT_RANGE, type CoefficientFit } from './penaltyModel';
import { coefficientList, fmt } from './penaltyText';
import styles from './penalty.module.css';

const X_DOMAIN = [0.5, COEFFICIENT_DEGREE + 0.5] as const;
const Y_DOMAIN = [-COEFFICIENT_RANGE, COEFFICIENT_RANGE] as const;
const INDICES = Array.from({ length: COEFFICIENT_DEGREE }, (_, k) => k + 1);

function Bars({ fit, unpenalized }: { fit: CoefficientFit; unpenalized: CoefficientFit }) {
  const { x, y } = usePlot();
  const band = Math.abs(x(2) - x(1));
  const y0 = y(0);
  const clamp = (v: number) => Math.max(-COEFFICIENT_RANGE, Math.min(COEFFICIENT_RANGE, v));
  return (
    <g aria-hidden="true">
      {INDICES.map((j) => {
        const cx = x(j);
        const w = fit.w[j], u = unpenalized.w[j];
        const top = y(clamp(w)), uTop = y(clamp(u));
        const cut = Math.abs(u) > COEFFICIENT_RANGE;
        return (
          <g key={j} data-coefficient={j} data-zero={w === 0 ? '' : undefined}>
            <rect x={cx - band * 0.34} width={band * 0.68} y={Math.min(uTop, y0)} height={Math.abs(uTop - y0)} style={{ fill: 'none', stroke: color.fg }} strokeWidth={1.25} strokeDasharray="4 3" />
            {w !== 0 ? <rect x={cx - band * 0.22} width={band * 0.44} y={Math.min(top, y0)} height={Math.max(0.5, Math.abs(top - y0))} style={{ fill: color.accent }} /> : null}
            {w === 0 ? (
              <text className={styles.zeroLabel} x={cx} y={u >= 0 ? y0 + 4 : y0 - 4} dy={u >= 0 ? '0.71em' : '0'} textAnchor="middle">
                0
              </text>
            ) : null}
            {cut ? (
              <text className={styles.cutLabel} x={cx} y={u > 0 ? uTop + 3 : uTop - 3} dy={u > 0 ? '0.71em' : '0'} textAnchor="middle">
                {fmt(u, 3)}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

export function CoefficientBars({ fit, unpenalized }: { fit: CoefficientFit; unpenalized: CoefficientFit }) {
  const zero = INDICES.filter((j) => fit.w[j] === 0);
  return (
    <PlotFrame
      label={`Coefficients w₁ to w₉: ${zero.length === 0 ? 'none is exactly zero' : `${coefficientList(zero)} exactly zero`}`}
      x={X_DOMAIN}
      y={Y_DOMAIN}
      xLabel="j (the coefficient of tʲ)"
      yLabel="wⱼ"
      xInteger
      xTicks={COEFFICIENT_DEGREE}
      aspect={0.62}
      maxHeight={300}
      defaultWidth={420}
    >
      <Bars fit={fit} unpenalized={unpenalized} />
    </PlotFrame>
  );
}
