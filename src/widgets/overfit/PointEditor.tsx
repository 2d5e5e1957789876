/**
 * The overfitting widget's point list, folded away: every point with its set and a remove
 * button, a button that adds one, and CSV in and out. Memoized apart from the plots, so turning
 * the degree does not re-render sixty table rows.
 */
import { memo } from 'react';
import { layout, Button, DataTable } from '../kit';
import { CsvImport } from './CsvImport';
import type { CsvLimits } from './csvPoints';
import { MAX_POINTS, MIN_POINTS, OVERFIT_X, OVERFIT_Y, type Vec2 } from './overfitModel';
import styles from './overfit.module.css';

const CSV_LIMITS: CsvLimits = { x: OVERFIT_X, y: OVERFIT_Y, minRows: MIN_POINTS, maxRows: MAX_POINTS, maxChars: 4_000 };

export interface PointEditorProps {
  readonly points: readonly Vec2[];
  readonly isTrain: readonly boolean[];
  readonly onAdd: (p: Vec2) => void;
  readonly onRemove: (i: number) => void;
  readonly onImport: (points: Vec2[]) => void;
}

export const PointEditor = memo(function PointEditor({ points, isTrain, onAdd, onRemove, onImport }: PointEditorProps) {
  return (
    <details>
      <summary>Points ({points.length}): edit, import or export</summary>
      <div className={styles.pointList}>
        <DataTable caption="Every point; × removes it" label="Table: point, x, y, set">
          <thead><tr><th scope="col">#</th><th scope="col">x</th><th scope="col">y</th><th scope="col">set</th><th scope="col"><span className={styles.edited}>remove</span></th></tr></thead>
          <tbody>
            {points.map(([x, y], i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th><td>{x.toFixed(3)}</td><td>{y.toFixed(3)}</td><td>{isTrain[i] ? 'training' : 'validation'}</td>
                <td><Button small aria-label={`Remove point ${i + 1}`} onClick={() => onRemove(i)} disabled={points.length <= MIN_POINTS}>×</Button></td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
      <div className={layout.row}>
        <Button onClick={() => onAdd([0.5, 0])} disabled={points.length >= MAX_POINTS}>Add a point at (0.5, 0)</Button>
      </div>
      <CsvImport points={points} limits={CSV_LIMITS} onImport={onImport} />
    </details>
  );
});
