/**
 * The worst relative error of the numerical gradient against the step h, both axes
 * logarithmic, for forward and centred differences. On the right each curve is a straight line
 * of slope 1 or 2 (truncation error ∝ h or h²); on the left both rise with slope −1 (round-off
 * ∝ ε/h) into noise; each bottoms out where the two meet. The current h is a vertical line
 * with a dot on the chosen formula's curve; √ε and ∛ε are marked on the top edge.
 */
import { color, LinePlot, PlotClip, PlotFrame, usePlot } from '../kit';
import styles from './gradients.module.css';
import type { DifferenceFormula, ErrorCurves } from './numericalGradient';
import { EPSILON, TRUNCATION_FIT } from './numericalGradient';
import { PowerTicks } from './PowerTicks';
import { sci } from '../kit';

/** The plot's window: every h of the slider, and relative errors from 10⁻¹² to 10. */
export const H_RANGE: [number, number] = [1e-16, 1];
export const ERROR_RANGE: [number, number] = [1e-12, 10];

export const FORMULA_COLOR: Record<DifferenceFormula, string> = { forward: color.accent, centred: color.accent2 };

export interface ErrorPlotProps {
  curves: ErrorCurves | null;
  h: number;
  formula: DifferenceFormula;
  /** The worst relative error at h with the chosen formula (computed exactly, not read off the
   *  curve); null before hydration, when only the step is marked. */
  current: number | null;
}

/** A slope with a real minus sign. */
const signed = (v: number, digits: number): string => v.toFixed(digits).replace('-', '−');

/** Pins a relative error into the plot's window (0 would be −∞ on the log axis). */
const pin = (e: number): number => Math.min(ERROR_RANGE[1], Math.max(ERROR_RANGE[0], e));

/** The error on a curve at the sampled h nearest to `h` (for placing labels). */
function valueNear(curves: ErrorCurves, which: DifferenceFormula, h: number): number {
  let k = 0;
  for (let i = 1; i < curves.hs.length; i++) if (Math.abs(Math.log(curves.hs[i] / h)) < Math.abs(Math.log(curves.hs[k] / h))) k = i;
  return curves[which][k];
}

function Label({ h, e, dy = 0, anchor = 'middle', fill, children }: { h: number; e: number; dy?: number; anchor?: 'start' | 'middle' | 'end'; fill: string; children: string }) {
  const { x, y } = usePlot();
  return (
    <text x={x(h)} y={y(pin(e)) + dy} textAnchor={anchor} className={styles.plotLabel} style={{ fill }}>
      {children}
    </text>
  );
}

/** A short tick with a label on the top edge of the plot area at x = h. */
function TopMark({ h, text }: { h: number; text: string }) {
  const { x, inner } = usePlot();
  const px = px2(x(h));
  return (
    <g aria-hidden="true">
      <line x1={px} x2={px} y1={inner.top} y2={inner.top + 8} style={{ stroke: color.muted }} strokeWidth={1.5} />
      <text x={px} y={inner.top + 20} textAnchor="middle" className={styles.plotLabel} style={{ fill: color.muted }}>
        {text}
      </text>
    </g>
  );
}

/** Pixels to 0.01: the same text on the server and in the browser, whose Math.log may differ
 *  from Node's in the last bit. */
const px2 = (v: number): number => Math.round(v * 100) / 100;

function CurrentStep({ h, e, stroke }: { h: number; e: number | null; stroke: string }) {
  const { x, y, inner } = usePlot();
  const px = px2(x(h));
  return (
    <g aria-hidden="true" data-testid="numgrad-current">
      <line x1={px} x2={px} y1={inner.top} y2={inner.top + inner.height} style={{ stroke: color.fg }} strokeOpacity={0.55} strokeDasharray="3 3" />
      {e !== null ? (
        <PlotClip>
          <circle cx={px} cy={px2(y(pin(e)))} r={5.5} style={{ fill: stroke, stroke: color.bg }} strokeWidth={2} />
        </PlotClip>
      ) : null}
    </g>
  );
}

function BestDot({ h, e, stroke }: { h: number; e: number; stroke: string }) {
  const { x, y } = usePlot();
  return <circle cx={x(h)} cy={y(pin(e))} r={4} style={{ fill: color.bg, stroke }} strokeWidth={2} aria-hidden="true" />;
}

/** Names of the regimes on the curves; the fitted slopes too where there is room. */
function BranchLabels({ curves }: { curves: ErrorCurves }) {
  const { inner } = usePlot();
  const roomy = inner.width >= 420;
  const slope = (v: number) => (roomy ? `, slope ${signed(v, 2)}` : '');
  return (
    <g aria-hidden="true">
      <Label h={1e-12} e={3e-8} fill={color.fg}>round-off ∝ ε/h</Label>
      {roomy ? (
        <Label h={1e-12} e={3e-8} dy={15} fill={color.muted}>{`slopes ${signed(curves.roundoffSlope.forward, 2)} and ${signed(curves.roundoffSlope.centred, 2)}`}</Label>
      ) : null}
      <Label h={roomy ? 3e-3 : 1e-2} e={valueNear(curves, 'forward', roomy ? 3e-3 : 1e-2)} dy={-10} anchor="end" fill={FORMULA_COLOR.forward}>{`${roomy ? 'truncation ' : ''}∝ h${slope(curves.truncationSlope.forward)}`}</Label>
      <Label h={TRUNCATION_FIT.centred[0]} e={valueNear(curves, 'centred', TRUNCATION_FIT.centred[0])} dy={20} anchor="start" fill={FORMULA_COLOR.centred}>{`∝ h²${slope(curves.truncationSlope.centred)}`}</Label>
    </g>
  );
}

export function ErrorPlot({ curves, h, formula, current }: ErrorPlotProps) {
  return (
    <div className={styles.plotWrap}>
      <PlotFrame
        label="Worst relative error of the numerical gradient against the step h, log–log"
        x={H_RANGE}
        y={ERROR_RANGE}
        xScale="log"
        yScale="log"
        xLabel="step h"
        yLabel="worst relative error"
        aspect={0.68}
        maxHeight={380}
        xTicks={0}
        yTicks={0}
        margin={{ left: 66 }}
      >
        <PowerTicks />
        {curves ? (
          <>
            <LinePlot x={curves.hs} y={curves.forward} color={FORMULA_COLOR.forward} strokeWidth={formula === 'forward' ? 2.5 : 1.5} label="forward difference" />
            <LinePlot x={curves.hs} y={curves.centred} color={FORMULA_COLOR.centred} strokeWidth={formula === 'centred' ? 2.5 : 1.5} label="centred difference" />
            <BestDot h={curves.best.forward.h} e={curves.best.forward.error} stroke={FORMULA_COLOR.forward} />
            <BestDot h={curves.best.centred.h} e={curves.best.centred.error} stroke={FORMULA_COLOR.centred} />
            <BranchLabels curves={curves} />
          </>
        ) : null}
        <TopMark h={Math.sqrt(EPSILON)} text="√ε" />
        <TopMark h={Math.cbrt(EPSILON)} text="∛ε" />
        <CurrentStep h={h} e={current} stroke={FORMULA_COLOR[formula]} />
      </PlotFrame>
      {curves ? null : <p className={styles.computing}>Computing the error curves…</p>}
      <ul className={styles.legend} aria-hidden="true">
        <li><span className={styles.swatch} style={{ background: FORMULA_COLOR.forward }} /> forward difference</li>
        <li><span className={styles.swatch} style={{ background: FORMULA_COLOR.centred }} /> centred difference</li>
        <li><span className={styles.ring} /> best h</li>
        <li><span className={styles.dash} /> your h = {sci(h)}</li>
      </ul>
    </div>
  );
}
