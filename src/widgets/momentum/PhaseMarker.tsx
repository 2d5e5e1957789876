/**
 * The current (α, β) on the phase diagram: a ring the keyboard can move. Tab to it; ← and →
 * multiply α by 10^(±1/50) (Shift: a fifth of a decade, Alt: a five-hundredth), ↑ and ↓ move
 * β by 0.01 (Shift: 0.1). It lets pointer events through to the click layer under it, which
 * is how a mouse or a finger moves it.
 */
import type { KeyboardEvent } from 'react';
import { color, usePlot } from '../kit';
import { formatNumber } from '../descent/numberText';
import styles from './momentum.module.css';

export interface PhaseMarkerProps {
  alpha: number;
  beta: number;
  /** Called with the new (α, β), already clamped to the axes. */
  onChange: (alpha: number, beta: number) => void;
  alphaRange: readonly [lo: number, hi: number];
  betaRange: readonly [lo: number, hi: number];
}

/** Decades of α per arrow press, and β per press. */
const ALPHA_DECADES = 1 / 50;
const BETA_STEP = 0.01;

/** One arrow key's move from (α, β), or null for any other key. */
export function nudgePhase(alpha: number, beta: number, key: string, mods: { shiftKey: boolean; altKey: boolean }): [number, number] | null {
  const scale = mods.shiftKey ? 10 : mods.altKey ? 0.1 : 1;
  switch (key) {
    case 'ArrowRight':
      return [alpha * 10 ** (ALPHA_DECADES * scale), beta];
    case 'ArrowLeft':
      return [alpha / 10 ** (ALPHA_DECADES * scale), beta];
    case 'ArrowUp':
      return [alpha, Math.round((beta + BETA_STEP * scale) * 100) / 100];
    case 'ArrowDown':
      return [alpha, Math.round((beta - BETA_STEP * scale) * 100) / 100];
    default:
      return null;
  }
}

export function PhaseMarker({ alpha, beta, onChange, alphaRange, betaRange }: PhaseMarkerProps) {
  const { x, y } = usePlot();
  const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  const cx = x(clamp(alpha, alphaRange)), cy = y(clamp(beta, betaRange));

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const next = nudgePhase(alpha, beta, e.key, e);
    if (!next) return;
    e.preventDefault(); // arrows would scroll the page
    onChange(clamp(next[0], alphaRange), clamp(next[1], betaRange));
  };

  return (
    <g
      className={styles.phaseMarker}
      transform={`translate(${cx.toFixed(2)},${cy.toFixed(2)})`}
      tabIndex={0}
      role="slider"
      aria-roledescription="point on the phase diagram"
      aria-label="α and β: left and right arrows change α, up and down change β"
      aria-valuetext={`α = ${formatNumber(alpha)}, β = ${formatNumber(beta)}`}
      aria-valuenow={alpha}
      aria-valuemin={alphaRange[0]}
      aria-valuemax={alphaRange[1]}
      onKeyDown={onKeyDown}
      data-testid="momentum-phase-marker"
    >
      <circle className={styles.focusRing} r={12} />
      <circle r={7} style={{ fill: 'none', stroke: color.bg }} strokeWidth={4} />
      <circle r={7} style={{ fill: 'none', stroke: color.fg }} strokeWidth={2} />
    </g>
  );
}
