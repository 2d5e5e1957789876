/**
 * Points in and out as CSV: paste text or choose a file (read only up to the size cap), import
 * it all or nothing with every bad line named, or fill the box with the current points.
 */
import { type ChangeEvent, useId, useState } from 'react';
import { chosenFileText, ProblemList, layout, Button } from '../kit';
import { parseCsvPoints, pointsToCsv, type CsvLimits } from './csvPoints';
import type { Vec2 } from './overfitModel';
import styles from './overfit.module.css';

export interface CsvImportProps {
  readonly points: readonly Vec2[];
  readonly limits: CsvLimits;
  readonly onImport: (points: Vec2[]) => void;
}

export function CsvImport({ points, limits, onImport }: CsvImportProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  const importText = (t: string) => {
    const result = parseCsvPoints(t, limits);
    setDone(null);
    if (!result.ok) { setProblems(result.problems); return; }
    setProblems([]);
    setDone(`Imported ${result.points.length} points.`);
    onImport(result.points);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = await chosenFileText(e.currentTarget, limits.maxChars, `${limits.maxRows} points`);
    if (!chosen) return;
    if (!chosen.ok) { setDone(null); setProblems([chosen.problem]); return; }
    setText(chosen.text);
    importText(chosen.text);
  };

  return (
    <div className={styles.csv}>
      <label htmlFor={`${id}-text`} className={styles.csvLabel}>
        One point per line, <code>x,y</code>, with x from {limits.x[0]} to {limits.x[1]} and y from {limits.y[0]} to {limits.y[1]}; {limits.minRows} to {limits.maxRows} points.
      </label>
      <textarea id={`${id}-text`} className={`${layout.textBox} ${styles.csvText}`} rows={5} spellCheck={false} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={'x,y\n0.1,0.52\n0.35,0.9'} />
      <div className={layout.row}>
        <Button onClick={() => importText(text)} disabled={text.trim() === ''}>Import these points</Button>
        <Button onClick={() => { setText(pointsToCsv(points)); setProblems([]); setDone(null); }}>Show the current points as CSV</Button>
        <label className={layout.file}>
          <span>Or a file:</span> <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void onFile(e)} />
        </label>
      </div>
      <ProblemList heading="Nothing was imported:" problems={problems} testId="overfit-csv-problems" />
      {done ? <p role="status" data-testid="overfit-csv-done">{done}</p> : null}
    </div>
  );
}
