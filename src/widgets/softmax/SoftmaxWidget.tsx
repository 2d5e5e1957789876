/**
 * Chapter 6, "Softmax and cross-entropy": class scores → exponentials → probabilities → the
 * loss −ln p(true class), with the gradient of the loss on every score, or the multiclass SVM's
 * hinge loss instead. Every number comes from the core's engine (softmaxModel.ts): the loss op's
 * forward pass and its backward() for the gradient, checked beside central differences.
 *
 * State (URL, `softmax.*`): softmaxSchema.ts. Microseconds of work, so it runs on the main
 * thread and the server HTML already holds the default's numbers.
 */
import { useEffect, useMemo, useState } from 'react';
import { layout, Button, Figure, Select, Slider, WidgetFrame } from '../kit';
import { useFieldPolicy } from '../state/controlPolicy';
import { Share, stateSpec, useWidgetState } from '../state';
import { ClassBars } from './ClassBars';
import { GradientCheck } from './GradientCheck';
import { ScoreTable } from './ScoreTable';
import { softmaxTable, SVM_MARGIN, truthIndex } from './softmaxModel';
import { CLASS_NAMES, LOSS_LABELS, LOSSES, MAX_CLASSES, MIN_CLASSES, SCORE_RANGE, SCORE_STEP, softmaxSchema as schema } from './softmaxSchema';
import { firstPictureText, gradientPictureText, lossEquation, lossReason, num, signed, stableSentence } from './softmaxText';
import styles from './softmax.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const softmaxState = stateSpec('softmax', schema);

const LOSS_OPTIONS = LOSSES.map((l) => ({ value: l, label: LOSS_LABELS[l] }));
/** The score a new class starts with: in the middle of the range. */
const NEW_SCORE = 0;

export function SoftmaxWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(softmaxState);
  const scoresAccess = useFieldPolicy(schema.scores);

  // A link may name a true class the scores do not have (truth=frog with three scores): the
  // schema checks each key alone, so this one is repaired here, and said.
  const [notes, setNotes] = useState<string[]>([]);
  const missing = truthIndex(state) === null;
  useEffect(() => {
    if (!missing) return;
    setNotes([`truth = ${state.truth} is not one of the ${state.scores.length} classes (${CLASS_NAMES.slice(0, state.scores.length).join(', ')}); using ${CLASS_NAMES[0]}`]);
    set({ truth: CLASS_NAMES[0] });
  }, [missing]); // the message is derived from the state that made `missing` true

  const t = useMemo(() => softmaxTable(state), [state]);
  const soft = t.kind === 'softmax';
  const k = t.names.length;

  const setScore = (j: number, v: number) => set((s) => ({ scores: s.scores.map((old, i) => (i === j ? v : old)) }));
  const addClass = () => set((s) => ({ scores: [...s.scores, NEW_SCORE] }));
  // Removing the true class moves the truth to the first class in the same change.
  const removeClass = () =>
    set((s) => {
      const scores = s.scores.slice(0, -1);
      return CLASS_NAMES.indexOf(s.truth) < scores.length ? { scores } : { scores, truth: CLASS_NAMES[0] };
    });
  const truthOptions = t.names.map((n) => ({ value: n, label: n }));

  // Fixed ranges, so bars do not rescale while a slider moves: softmax gradients lie in
  // [−1, 1]; the SVM's in [−(K − 1), 1]; its hinge terms grow with the scores (up to 21).
  const gradLow = soft ? -1 : -(k - 1);
  const termMax = Math.max(1, Math.ceil(Math.max(...t.hingeTerms)));

  return (
    <WidgetFrame
      id={softmaxState.id}
      title="Softmax and cross-entropy"
      intro="Move the class scores and watch the probabilities, the loss of the true class and the gradient on every score. The engine computes the gradient by backpropagation; the last table checks it numerically."
      problems={[...problems, ...notes]}
      onDismissProblems={() => {
        dismissProblems();
        setNotes([]);
      }}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <Select field={schema.loss} label={schema.loss.label} value={state.loss} options={LOSS_OPTIONS} onChange={(loss) => set({ loss })} />
        <Select field={schema.truth} label={schema.truth.label} value={t.names[t.truth]} options={truthOptions} onChange={(truth) => set({ truth })} />
      </div>
      <div className={styles.headline} aria-live="polite" data-testid="softmax-result">
        <p className={styles.equation} aria-hidden="true">
          <span data-testid="softmax-equation">{lossEquation(t)}</span>
        </p>
        <p className={styles.sentence}>
          Loss <span className={styles.lossValue} data-testid="softmax-loss">{num(t.loss)}</span>
          : <span data-testid="softmax-reason">{lossReason(t)}</span>
        </p>
      </div>
      <div className={`${layout.columns} ${styles.columns}`}>
        <div className={styles.stack} role="group" aria-label="Class scores">
          {state.scores.map((s, j) => (
            <Slider
              key={CLASS_NAMES[j]}
              field={schema.scores}
              label={`Score of ${CLASS_NAMES[j]}${j === t.truth ? ' (true class)' : ''}`}
              value={s}
              min={SCORE_RANGE[0]}
              max={SCORE_RANGE[1]}
              step={SCORE_STEP}
              onChange={(v) => setScore(j, v)}
            />
          ))}
          {scoresAccess === 'free' ? (
            <div className={styles.buttons}>
              <Button small onClick={addClass} disabled={k >= MAX_CLASSES}>Add a class</Button>
              <Button small onClick={removeClass} disabled={k <= MIN_CLASSES}>Remove {t.names[k - 1]}</Button>
            </div>
          ) : null}
        </div>
        <div className={styles.stack}>
          <Figure
            caption={soft ? 'Probabilities p = softmax(s); orange: the true class.' : `Hinge terms max(0, sⱼ − s(${t.names[t.truth]}) + ${SVM_MARGIN}); the true class has none.`}
            srDescription={firstPictureText(t)}
          >
            {soft ? (
              <ClassBars label="Probability of each class" names={t.names} values={t.probs} domain={[0, 1]} truth={t.truth} format={num} testId="softmax-bar-prob" />
            ) : (
              <ClassBars label="Hinge term of each class" names={t.names} values={t.hingeTerms} domain={[0, termMax]} truth={t.truth} format={num} testId="softmax-bar-term" />
            )}
          </Figure>
          <Figure caption="Gradient ∂L/∂s on each score, from 0: right is positive (a gradient step lowers that score), left negative (raises it)." srDescription={gradientPictureText(t)}>
            <ClassBars label="Gradient of the loss on each score" names={t.names} values={t.grads} domain={[gradLow, 1]} truth={t.truth} format={signed} testId="softmax-bar-grad" />
          </Figure>
        </div>
      </div>
      <div className={`${layout.columns} ${styles.tables}`}>
        <div className={styles.stack}>
          <ScoreTable t={t} />
          {soft ? <p className={styles.note} data-testid="softmax-stable">{stableSentence(t)}</p> : null}
        </div>
        <GradientCheck t={t} />
      </div>
    </WidgetFrame>
  );
}
