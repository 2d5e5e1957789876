import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { checkAnswer, isNumberAnswer, validateAnswerSpec } from './checkAnswer';
import type { AnswerSpec, Verdict } from './checkAnswer';
import { useDisclosure } from './useDisclosure';

/**
 * Either `check="number"` with `value` (and optional `tolerance`, or an `accept` interval for an
 * answer that is a bound), or `choices` with the
 * `correct` one. The children are the worked explanation, revealed by "Show answer".
 */
export type AnswerProps = AnswerSpec & { children?: ReactNode };

function message(verdict: Verdict | undefined, numeric: boolean): string {
  switch (verdict?.kind) {
    case 'correct':
      return 'Correct';
    case 'incorrect':
      return 'Not yet — try again';
    case 'empty':
      return numeric ? 'Type a number first (like 0.5, 1/3 or 23,860)' : 'Pick an answer first';
    case 'unreadable':
      return verdict.reason;
    default:
      return '';
  }
}

/** The reader's response box, a Check button with a spoken verdict, and the explanation. */
export function Answer(props: AnswerProps) {
  const { children, ...spec } = props;
  validateAnswerSpec(spec);
  const numeric = isNumberAnswer(spec);
  const [response, setResponse] = useState<string | undefined>(undefined);
  const [verdict, setVerdict] = useState<Verdict | undefined>(undefined);
  const reveal = useDisclosure();
  const inputId = useId();

  const respond = (value: string) => {
    setResponse(value);
    setVerdict(undefined); // a stale "Correct" next to a changed answer would mislead
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setVerdict(checkAnswer(spec, response));
  };

  return (
    <div className="answer">
      <form className="answer-form" onSubmit={onSubmit}>
        {numeric ? (
          <div className="answer-field">
            <label htmlFor={inputId}>Your answer</label>
            <input
              id={inputId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={response ?? ''}
              onChange={(e) => respond(e.target.value)}
            />
          </div>
        ) : (
          <fieldset className="answer-choices">
            <legend>Your answer</legend>
            {spec.choices.map((choice) => (
              <label key={choice} className="answer-choice">
                <input
                  type="radio"
                  name={inputId}
                  value={choice}
                  checked={response === choice}
                  onChange={() => respond(choice)}
                />
                {choice}
              </label>
            ))}
          </fieldset>
        )}
        <button className="teaching-button" type="submit">
          Check
        </button>
      </form>
      <p className={`answer-verdict answer-verdict-${verdict?.kind ?? 'none'}`} role="status" aria-live="polite">
        {message(verdict, numeric)}
      </p>
      <button className="teaching-button teaching-button-quiet" {...reveal.buttonProps}>
        {reveal.open ? 'Hide answer' : 'Show answer'}
      </button>
      <div className="answer-explanation" {...reveal.panelProps}>
        {children ?? (
          <p>
            The answer is <strong>{numeric ? spec.value : spec.correct}</strong>.
          </p>
        )}
      </div>
    </div>
  );
}
