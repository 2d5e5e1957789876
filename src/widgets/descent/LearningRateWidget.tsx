/**
 * "The learning rate": gradient descent with a constant α on a 1-D parabola ½λx² or a 2-D
 * elongated bowl ½(λmin x² + λmax y²), with the regime (too slow, good, oscillating,
 * diverging) named as α moves and the reason computed from α·λ against 1 and 2.
 *
 * State (URL, `rate.*`): problem, lr (α, log slider), curvature (λ, 1-D), kappa (κ, 2-D),
 * steps. The playback position is not state: a link opens on the whole run.
 * All the arithmetic is closed form (learningRate.ts), microseconds per frame, so it runs here
 * rather than in the worker; a diverging run stops at the step where its loss passed 10⁸ × the
 * start, so nothing astronomically large is ever drawn.
 */
import { layout, Figure, Playback, Select, Slider, WidgetFrame, usePlayback } from '../kit';
import { Share, stateSpec, useWidgetState } from '../state';
import { BowlPathPlot } from './BowlPathPlot';
import {
  BOWL_LAMBDA_MIN,
  BOWL_START,
  type Curvatures,
  PARABOLA_START,
  REGIME_LABELS,
  classifyRegime,
  descendQuadratic,
} from './learningRate';
import { formatFixed, formatNumber } from './numberText';
import { ParabolaPlot } from './ParabolaPlot';
import { RateFactors } from './RateFactors';
import { RateLossPlot } from './RateLossPlot';
import { rateSchema } from './rateSchema';
import { RegimePanel } from './RegimePanel';
import { RegimeStrip } from './RegimeStrip';
import styles from './rate.module.css';
import { useFollowEnd } from './useFollowEnd';
import { firstOutside, viewRadius } from './viewWindow';

const PROBLEMS = [
  { value: 'parabola', label: '1-D parabola' },
  { value: 'bowl', label: '2-D elongated bowl' },
] as const;


const ALPHA_RANGE = [rateSchema.lr.min, rateSchema.lr.max] as const;

/** What a link, an embed page or an element attribute can set: the public interface. */
export const learningRateState = stateSpec('rate', rateSchema);

export function LearningRateWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(learningRateState);
  const { problem, lr: alpha, curvature, kappa, steps } = state;
  const oneD = problem === 'parabola';
  const curvatures: Curvatures = oneD
    ? { lambdaMin: curvature, lambdaMax: curvature }
    : { lambdaMin: BOWL_LAMBDA_MIN, lambdaMax: kappa * BOWL_LAMBDA_MIN };
  const report = classifyRegime(alpha, curvatures, steps);
  const path = oneD
    ? descendQuadratic([curvature], [PARABOLA_START], alpha, steps)
    : descendQuadratic([curvatures.lambdaMin, curvatures.lambdaMax], BOWL_START, alpha, steps);

  const playback = useFollowEnd(usePlayback({ last: path.steps, stepsPerSecond: 6 }));
  const t = Math.min(playback.step, path.steps);
  const here = Array.from(path.points.subarray(t * path.dim, (t + 1) * path.dim));
  const lossNow = path.losses[t];
  const where = oneD ? `x = ${formatNumber(here[0])}` : `(x, y) = (${formatFixed(here[0])}, ${formatFixed(here[1])})`;
  const describe = `${oneD ? `Gradient descent on f(x) = ½·${formatNumber(curvature)}·x² from x = ${PARABOLA_START}` : `Gradient descent on a bowl with curvatures 1 and ${formatNumber(kappa)} from (${BOWL_START.join(', ')})`} with α = ${formatNumber(alpha)}. Regime: ${REGIME_LABELS[report.regime]}. After ${t} steps ${where} and the loss is ${formatNumber(lossNow)}, ${formatNumber(lossNow / path.losses[0])} of the start.${path.divergedAt !== null ? ` The run diverged at step ${path.divergedAt}.` : ''}`;

  const radius = viewRadius(path.points);
  const exit = firstOutside(path.points.subarray(0, (t + 1) * path.dim), path.dim, radius);
  const offPlot = exit !== null ? ` The path left the plot at step ${exit}.` : '';

  return (
    <WidgetFrame
      id={learningRateState.id}
      title="The learning rate"
      intro="Drag α across the coloured bands and watch the path change character: creeping, converging, zig-zagging, exploding."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
      controls={
        <>
          {oneD ? (
            <Slider field={rateSchema.curvature} label="Curvature λ" value={curvature} min={rateSchema.curvature.min} max={rateSchema.curvature.max} log onChange={(v) => set({ curvature: v })} hint="f(x) = ½λx²: the larger λ, the steeper the walls." />
          ) : (
            <Slider field={rateSchema.kappa} label="Condition number κ" value={kappa} min={rateSchema.kappa.min} max={rateSchema.kappa.max} log onChange={(v) => set({ kappa: v })} hint="λmax / λmin: how much steeper the bowl is across than along." />
          )}
          <Slider field={rateSchema.steps} label="Steps" value={steps} min={rateSchema.steps.min} max={rateSchema.steps.max} integer unit="steps" onChange={(v) => set({ steps: v })} />
        </>
      }
    >
      <div className={styles.top}>
        <Select field={rateSchema.problem} label="Problem" value={problem} options={PROBLEMS} onChange={(v) => set({ problem: v })} />
        <div className={styles.alpha}>
          <Slider field={rateSchema.lr} label="Learning rate α" value={alpha} min={ALPHA_RANGE[0]} max={ALPHA_RANGE[1]} log onChange={(v) => set({ lr: v })} />
          <RegimeStrip curvatures={curvatures} steps={steps} alpha={alpha} range={ALPHA_RANGE} oneDimensional={oneD} />
        </div>
      </div>
      <RegimePanel report={report} path={path} />
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure
          caption={
            oneD
              ? `Dots: x₀, x₁, … on the curve, joined in order; the blue arrow is the last step, α·|f′(x)| long.${offPlot}`
              : `Contours of the bowl (darker is lower); the path starts at the hollow dot.${offPlot}`
          }
          srDescription={describe}
        >
          {oneD ? <ParabolaPlot lambda={curvature} path={path} upTo={t} radius={radius} /> : <BowlPathPlot kappa={kappa} path={path} upTo={t} radius={radius} />}
        </Figure>
        <Figure caption="Loss ÷ starting loss, log scale. Faint: the whole run; blue: played so far.">
          <RateLossPlot losses={path.losses} steps={steps} upTo={t} divergedAt={path.divergedAt} />
        </Figure>
      </div>
      <Playback
        playback={playback}
        label="Play the run"
        describeStep={(s) => (path.divergedAt !== null ? `Step ${s} of ${steps} · stopped at ${path.divergedAt}` : `Step ${s} of ${steps}`)}
      />
      <p className={styles.note} data-testid="rate-now">
        After {t} step{t === 1 ? '' : 's'}: {where}, loss {formatNumber(lossNow)}.
      </p>
      <RateFactors report={report} maxAlpha={ALPHA_RANGE[1]} onUseBest={(a) => set({ lr: a })} />
    </WidgetFrame>
  );
}
