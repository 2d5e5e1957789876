/**
 * The k rounds as rows, the points (sorted by x) as columns: orange where the point is in that
 * round's validation fold, blue where it trains the fit. Every point is orange exactly once.
 */
import { memo } from 'react';
import styles from './cv.module.css';

export const FoldDiagram = memo(function FoldDiagram({ folds, order }: { folds: readonly Uint32Array[]; order: readonly number[] }) {
  const n = order.length, cell = 10, gap = 2, rowH = 12;
  return (
    <svg viewBox={`0 0 ${n * cell + 34} ${folds.length * rowH}`} className={styles.diagram} role="img" aria-label={`${folds.length} rounds; in each, one fold of ${folds[0].length} or so points validates and the rest train`}>
      {folds.map((fold, r) => {
        const held = new Set(fold);
        return (
          <g key={r}>
            <text x={0} y={r * rowH + 9} className={styles.roundName}>{r + 1}</text>
            {order.map((i, c) => (
              <rect key={i} x={34 + c * cell} y={r * rowH + 1} width={cell - gap} height={rowH - gap - 1} rx={1.5} className={held.has(i) ? styles.cellValidation : styles.cellTrain} />
            ))}
          </g>
        );
      })}
    </svg>
  );
});
