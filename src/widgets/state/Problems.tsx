/**
 * The visible list of values that were rejected or adjusted (from a link, an embed attribute or
 * a change). Shown, not just logged: a reader who followed a link with `lr=99` should learn why
 * the slider says 1.
 */
import { Button } from '../kit/controls/Button';
import styles from './Problems.module.css';

export interface ProblemsProps {
  /** One sentence per problem; nothing is shown when empty. */
  problems: readonly string[];
  /** Shows a "Dismiss" button that calls this. */
  onDismiss?: () => void;
}

export function Problems({ problems, onDismiss }: ProblemsProps) {
  // role="status" is a polite live region: it is always rendered so that screen readers
  // notice when messages are added to it.
  return (
    <div role="status">
      {problems.length > 0 && (
        <div className={styles.content}>
          <p className={styles.heading}>Some settings were adjusted:</p>
          <ul className={styles.list}>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          {onDismiss && (
            <Button small onClick={onDismiss}>
              Dismiss
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
