/**
 * Chapter "Generalization and regularization", "Penalty geometry": what an L2 penalty, an L1
 * penalty and the elastic net between them do to weights, and why L1 gives exact zeros.
 *
 * Left, two weights: the data loss's elliptical contours, the penalty's level set through the
 * penalized optimum (a circle, a diamond, or a rounded diamond) touching the data-loss contour
 * through the same point, and the optimum's whole path as λ grows. The diamond's corners sit on
 * the axes, so the ellipse often meets it at a corner: a weight exactly 0. Right, the same
 * penalty on the nine coefficients of a degree-9 polynomial: bars against the unpenalized fit's
 * outlines, how many are exactly 0, the norms, and the curve.
 *
 * State (URL, `penalty.*`): kind, λ, mix (penaltySchema.ts). Everything is computed on this
 * thread from penaltyModel.ts: the contour grid once, a 2-D path of ~125 tiny solves per kind,
 * and one degree-9 fit per change (coordinate descent, a few ms; ~30 ms at the smallest λ).
 */
import { useMemo } from 'react';
import { layout, Figure, Select, Slider, sliderProps, WidgetFrame } from '../kit';
import { Share, stateSpec, useWidgetState } from '../state';
import { CoefficientBars } from './CoefficientBars';
import { FitCurvePlot } from './FitCurvePlot';
import { GeometryPlot } from './GeometryPlot';
import { coefficientFit, geometryOptimum, geometryPath, mixOf, originThreshold, UNPENALIZED_OPTIMUM, unpenalizedFit, w2ZeroThreshold } from './penaltyModel';
import { PENALTY_KINDS, PENALTY_LABELS, type PenaltyKind, penaltySchema as schema } from './penaltySchema';
import { describeCoefficients, describeCurve, describeGeometry, normsText, optimumSentence, penaltyFormula, shapeName, zerosText } from './penaltyText';
import styles from './penalty.module.css';

const KIND_OPTIONS = PENALTY_KINDS.map((k) => ({ value: k, label: PENALTY_LABELS[k] }));

/** What a link, an embed page or an element attribute can set: the public interface. */
export const penaltyGeometryState = stateSpec('penalty', schema);

export function PenaltyGeometryWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(penaltyGeometryState);
  const { kind, lambda, mix } = state;
  const alpha = mixOf(kind, mix);
  // The elastic net's mix matters only for the elastic net: the other kinds' paths ignore it.
  const pathMix = kind === 'elasticNet' ? mix : 0.5;
  const path = useMemo(() => geometryPath(kind, pathMix), [kind, pathMix]);
  const thresholds = useMemo(() => ({ w2Zero: w2ZeroThreshold(kind, pathMix), origin: originThreshold(kind, pathMix) }), [kind, pathMix]);
  const optimum = useMemo(() => geometryOptimum(kind, lambda, mix), [kind, lambda, mix]);
  const fit = useMemo(() => coefficientFit(kind, lambda, mix), [kind, lambda, mix]);
  const unpenalized = unpenalizedFit();

  return (
    <WidgetFrame
      id={penaltyGeometryState.id}
      title="Penalty geometry"
      intro="Pick a penalty and slide its strength λ. In the first picture the penalized optimum sits where the penalty’s level set touches a contour of the data loss; the L1 diamond’s corners lie on the axes, which is where its zeros come from. In the second the same penalty acts on the nine coefficients of a degree-9 polynomial."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <Select field={schema.kind} label={schema.kind.label} value={kind} options={KIND_OPTIONS} onChange={(v: PenaltyKind) => set({ kind: v })} />
        <Slider {...sliderProps(schema.lambda)} value={lambda} onChange={(v) => set({ lambda: v })} hint={`Added to the mean squared error: ${penaltyFormula(kind, mix)}.`} />
        {kind === 'elasticNet' ? (
          <Slider {...sliderProps(schema.mix)} value={mix} onChange={(v) => set({ mix: v })} hint="1 is pure L1 (lasso), 0 pure L2 (ridge)." />
        ) : null}
      </div>
      <div className={styles.readout} aria-live="polite">
        <p>
          <output className={styles.value} data-testid="penalty-optimum">{optimumSentence(optimum)}</output>
        </p>
        <p>
          Polynomial: <output className={styles.value} data-testid="penalty-zeros">{zerosText(fit)}</output>;{' '}
          <output className={styles.value} data-testid="penalty-norms">{normsText(fit)}</output> (of w₁ … w₉).
        </p>
      </div>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure
          caption={
            <>
              Contours of the data loss over two weights. ×: the unpenalized optimum; dot: the penalized optimum, where the penalty’s <span className={styles.optimumText}>{shapeName(kind, mix)}</span> touches the <span className={styles.contourText}>data-loss contour</span> through it. Dashed: the optimum’s path as λ goes from 0 to ∞.
            </>
          }
          srDescription={describeGeometry({ kind, lambda, mix, optimum, unpenalized: UNPENALIZED_OPTIMUM, ...thresholds })}
        >
          <GeometryPlot alpha={alpha} optimum={optimum} unpenalized={UNPENALIZED_OPTIMUM} path={path} />
        </Figure>
        <div className={styles.stack}>
          <Figure
            caption="Coefficients w₁ … w₉ of the degree-9 fit (the constant w₀ is not penalized and not drawn). Filled: with the penalty; dashed outlines: without it, cut at the edge where larger. “0” marks a coefficient that is exactly zero."
            srDescription={describeCoefficients(kind, lambda, fit, unpenalized)}
          >
            <CoefficientBars fit={fit} unpenalized={unpenalized} />
          </Figure>
          <Figure caption="The 20 noisy samples of sin(2πx), the penalized fit (solid) and the unpenalized one (dashed)." srDescription={describeCurve(kind, lambda, fit, unpenalized)}>
            <FitCurvePlot fit={fit} unpenalized={unpenalized} />
          </Figure>
        </div>
      </div>
    </WidgetFrame>
  );
}
