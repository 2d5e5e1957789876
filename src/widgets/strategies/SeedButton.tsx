/** The current seed and a button for the next one: a new seed is a new random draw, replayable by link. */
import { Button } from '../kit';
import styles from './strategies.module.css';

export interface SeedButtonProps {
  seed: number;
  /** The button's text: "New seed", "New starting weights". */
  label: string;
  onNext: () => void;
}

export function SeedButton({ seed, label, onNext }: SeedButtonProps) {
  return (
    <div className={styles.seed}>
      <Button onClick={onNext}>{label}</Button>
      <span className={styles.sub} data-testid="seed">
        seed {seed}
      </span>
    </div>
  );
}
