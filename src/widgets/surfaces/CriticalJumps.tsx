/**
 * Buttons that put the probe on each of the surface's known critical points, grouped by kind,
 * so a keyboard user can visit every minimum, saddle and maximum and read its verdict. The
 * button of the point the probe is on is marked pressed.
 */
import { useId } from 'react';
import type { CriticalPoint, Vec2 } from '../../core';
import { Button } from '../kit';
import { formatPoint } from './formatNumber';
import styles from './explorer.module.css';

export interface CriticalJumpsProps {
  points: readonly CriticalPoint[];
  probe: { x: number; y: number };
  /** Half-width of "on the point" in data units (the link's rounding). */
  tolerance: number;
  onJump: (point: Vec2) => void;
}

const GROUPS: { kind: CriticalPoint['kind']; title: string; one: string }[] = [
  { kind: 'minimum', title: 'Minima', one: 'minimum' },
  { kind: 'saddle', title: 'Saddles', one: 'saddle' },
  { kind: 'maximum', title: 'Maxima', one: 'maximum' },
];

export function CriticalJumps({ points, probe, tolerance, onJump }: CriticalJumpsProps) {
  const titleId = `jumps${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <div className={styles.jumps} role="group" aria-labelledby={titleId}>
      <p id={titleId} className={styles.jumpsTitle}>
        Jump to a critical point
      </p>
      {GROUPS.map(({ kind, title, one }) => {
        const list = points.filter((p) => p.kind === kind);
        if (list.length === 0) return null;
        return (
          <div key={kind} className={styles.jumpRow}>
            <span className={styles.jumpKind}>{title}</span>
            <span className={styles.jumpButtons}>
              {list.map(({ point }, k) => {
                const text = formatPoint(point[0], point[1], 2);
                const on = Math.abs(point[0] - probe.x) <= tolerance && Math.abs(point[1] - probe.y) <= tolerance;
                return (
                  <Button
                    key={k}
                    small
                    aria-pressed={on}
                    aria-label={`Jump to the ${one} at ${text}`}
                    onClick={() => onJump(point)}
                  >
                    {text}
                  </Button>
                );
              })}
            </span>
          </div>
        );
      })}
    </div>
  );
}
