/**
 * The reader's own points: which class a click adds (or, for regression, which target), how
 * many there are, Undo and Clear, and a small CSV import (x1,x2,label or x1,x2,target per line;
 * all or nothing, every bad line named).
 */
import { type ChangeEvent, memo, useId, useState } from 'react';
import { chosenFileText, ProblemList, layout, Button, groupColors, Slider } from '../kit';
import { type LabelledPoint, MAX_CSV_CHARS, MAX_DRAWN_PER_CLASS, parseLabelledCsv, TARGET_RANGE } from './drawnPoints';
import styles from './playground.module.css';

export interface DrawControlsProps {
  readonly points: readonly LabelledPoint[];
  /** The data's classes, or null for regression (a point then carries a target). */
  readonly classes: number | null;
  /** The class of a new point, or its target. */
  readonly label: number;
  readonly onLabel: (label: number) => void;
  readonly onReplace: (points: LabelledPoint[]) => void;
  readonly onUndo: () => void;
  readonly canUndo: boolean;
  /** Why the last click added nothing, or null. */
  readonly problem: string | null;
}

// Memoized: a training result or a training control re-renders the widget, not these.
export const DrawControls = memo(function DrawControls({ points, classes, label, onLabel, onReplace, onUndo, canUndo, problem }: DrawControlsProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const used = classes === null ? points.length : points.filter((p) => p.label < classes).length;
  const third = classes === null ? 'target' : 'label';

  const importText = (t: string) => {
    const r = parseLabelledCsv(t, classes);
    setDone(null);
    if (!r.ok) { setProblems(r.problems); return; }
    setProblems([]);
    onReplace(r.points);
    setDone(`Imported ${r.points.length} ${r.points.length === 1 ? 'point' : 'points'}; they replace the drawn ones.`);
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = await chosenFileText(e.currentTarget, MAX_CSV_CHARS);
    if (!chosen) return;
    if (chosen.ok) importText(chosen.text);
    else { setDone(null); setProblems([chosen.problem]); }
  };

  return (
    <section className={styles.group} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className={styles.groupTitle}>Your points</h4>
      {classes === null ? (
        <Slider label="Target of a new point" min={TARGET_RANGE[0]} max={TARGET_RANGE[1]} step={0.05} value={label} onChange={onLabel} format={(v) => v.toFixed(2)}
          hint="The value the network should output there: blue −1, white 0, orange +1, as on the picture." />
      ) : (
        <fieldset className={`${styles.choices} ${styles.classes}`}>
          <legend>Class of a new point</legend>
          {Array.from({ length: classes }, (_, c) => (
            <label key={c}>
              <input type="radio" name={`${id}-class`} checked={label === c} onChange={() => onLabel(c)} />
              <svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" style={{ fill: groupColors[c % groupColors.length] }} /></svg>
              Class {c + 1}
            </label>
          ))}
        </fieldset>
      )}
      <p className={styles.small}>Click or tap the picture to add a point (a square); click one to remove it. Or focus the picture: arrows move, Enter adds, Delete removes. Up to {MAX_DRAWN_PER_CLASS} {classes === null ? 'in all' : 'per class'}; they join the training points.</p>
      <div className={layout.row}>
        <Button small disabled={!canUndo} onClick={onUndo}>Undo</Button>
        <Button small disabled={points.length === 0} onClick={() => onReplace([])}>Clear</Button>
        <span className={styles.small} data-testid="pg-drawn-count">{used} drawn {used === 1 ? 'point' : 'points'}{points.length > used ? ` (${points.length - used} of classes this data set lacks, not used)` : ''}</span>
      </div>
      {problem ? <p className={layout.problems} role="alert">{problem}</p> : null}
      <details className={styles.io}>
        <summary>Import points (CSV)</summary>
        <label htmlFor={`${id}-csv`} className={styles.small}>One point per line: <code>x1,x2,{third}</code>, x₁ and x₂ from −1.5 to 1.5, {classes === null ? `target from ${TARGET_RANGE[0]} to ${TARGET_RANGE[1]}` : `label 1 to ${classes}`}.</label>
        <textarea id={`${id}-csv`} className={layout.textBox} rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={classes === null ? 'x1,x2,target\n0.5,-0.2,0.8\n-0.7,0.4,-0.5' : 'x1,x2,label\n0.5,-0.2,1\n-0.7,0.4,2'} />
        <div className={layout.row}>
          <Button small disabled={text.trim() === ''} onClick={() => importText(text)}>Import these points</Button>
          <label className={layout.file}><span>Or a CSV file:</span> <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void onFile(e)} /></label>
        </div>
        <ProblemList heading="Nothing was imported:" problems={problems} testId="pg-csv-problems" />
        {done ? <p role="status" data-testid="pg-csv-done">{done}</p> : null}
      </details>
    </section>
  );
});
