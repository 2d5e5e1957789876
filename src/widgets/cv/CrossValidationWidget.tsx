/**
 * Chapter 5, "Cross-validation": the overfitting widget's 30 points dealt into k folds; each
 * round fits every degree to k − 1 folds and scores it on the one left out. The folds as a
 * diagram, each degree's mean and range over the rounds, and the fold errors of one degree.
 *
 * State (URL, `cv.*`): cvSchema.ts. 13 degrees × at most 10 rounds of a ≤ 13 × 13 solve: on this
 * thread, well under a millisecond.
 */
import { useMemo } from 'react';
import { layout, Button, DataTable, Figure, Slider, sliderProps, WidgetFrame } from '../kit';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { errorText } from '../overfit/overfitText';
import { crossValidate, cvData } from './cvModel';
import { cvSchema as schema } from './cvSchema';
import { cvSentence } from './cvText';
import { CvPlot } from './CvPlot';
import { FoldDiagram } from './FoldDiagram';
import styles from './cv.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const crossValidationState = stateSpec('cv', schema);

const DATA = cvData();
/** Columns of the fold diagram: the points from left to right by x. */
const ORDER = Array.from({ length: DATA.n }, (_, i) => i).sort((a, b) => DATA.x[a] - DATA.x[b]);

export function CrossValidationWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(crossValidationState);
  const { k, degree, seed } = state;
  const cv = useMemo(() => crossValidate(DATA, k, seed), [k, seed]);
  const shown = cv.degrees[degree];
  const sentence = cvSentence(cv, degree);

  return (
    <WidgetFrame
      id={crossValidationState.id}
      title="Cross-validation"
      intro="Deal the points into k folds. Each fold takes a turn as the validation set while the others fit the polynomial; the k errors give an average and a spread."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <Slider {...sliderProps(schema.k)} value={k} onChange={(v) => set({ k: v })} hint={`${k} rounds of fitting, each on about ${Math.round((DATA.n * (k - 1)) / k)} points.`} />
        <Slider {...sliderProps(schema.degree)} value={degree} onChange={(v) => set({ degree: v })} />
        <div className={layout.row}>
          <span className={layout.seedText}>Fold seed {seed}</span>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>Deal new folds</Button>
        </div>
      </div>
      <p className={styles.headline} aria-live="polite" data-testid="cv-sentence">{sentence}</p>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption={`The ${k} rounds, one per row; the ${DATA.n} points from left to right by x. Orange: the round's validation fold; blue: the points it is fitted to.`}>
          <FoldDiagram folds={cv.folds} order={ORDER} />
          <DataTable caption={<>Degree {degree}: mean and spread (standard deviation) of the rounds' validation errors, then each round's</>} label="Table: mean, spread, validation error of each round">
            <thead><tr><th scope="col">round</th><th scope="col">mean</th><th scope="col">spread</th>{Array.from(shown.folds, (_, r) => <th scope="col" key={r}>{r + 1}</th>)}</tr></thead>
            <tbody><tr><th scope="row">MSE</th><td data-testid="cv-mean">{errorText(shown.mean)}</td><td data-testid="cv-spread">{errorText(shown.spread)}</td>{Array.from(shown.folds, (e, r) => <td key={r}>{errorText(e)}</td>)}</tr></tbody>
          </DataTable>
        </Figure>
        <Figure caption={`Orange line: the mean validation error of each degree over the ${k} rounds; orange bars: from its best round to its worst; dots: the rounds of degree ${degree}. Press the plot to pick a degree.`} srDescription={sentence}>
          <CvPlot degrees={cv.degrees} degree={degree} best={cv.best} onPick={(d) => set({ degree: d })} />
        </Figure>
      </div>
    </WidgetFrame>
  );
}
