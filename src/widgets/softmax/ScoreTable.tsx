/**
 * The computation as a table, one row per class and a sum row: for softmax, score → e^s →
 * probability → ∂L/∂s; for the SVM, score → margin → hinge term → ∂L/∂s. The sum row shows the
 * two facts a reader should check by eye: the probabilities sum to 1, the gradients to 0.
 */
import { DataTable, TableName } from '../kit';
import { SVM_MARGIN, type SoftmaxTable } from './softmaxModel';
import { num, scoreText, signed } from './softmaxText';
import styles from './softmax.module.css';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** A sum of rounded-off terms that should be 0: shown as 0 when it is round-off. */
const zeroish = (v: number): number => (Math.abs(v) < 1e-12 ? 0 : v);

export function ScoreTable({ t }: { t: SoftmaxTable }) {
  const y = t.names[t.truth];
  const soft = t.kind === 'softmax';
  const headers = soft
    ? ['score s', 'eˢ', 'probability p', '∂L/∂s = p − [true]']
    : ['score s', 'margin', 'max(0, margin)', '∂L/∂s'];
  return (
    <DataTable
      caption={soft ? `Softmax, then the loss −ln p(${y}) (natural log). ∂L/∂s by backpropagation through the engine.` : `Multiclass SVM: each wrong class j has the margin sⱼ − s(${y}) + ${SVM_MARGIN}; the positive ones add up to the loss. ∂L/∂s by backpropagation through the engine.`}
      label={`Table: class, ${headers.join(', ')}`}
      data-testid="softmax-table"
    >
      <thead>
        <tr>
          <th scope="col">class</th>
          {headers.map((h) => <th key={h} scope="col">{h}</th>)}
        </tr>
      </thead>
      <tbody>
        {t.names.map((name, k) => (
          <tr key={name} className={k === t.truth ? styles.trueRow : undefined}>
            <th scope="row"><TableName>{k === t.truth ? `${name} (true)` : name}</TableName></th>
            <td data-testid={`softmax-score-${k}`}>{scoreText(t.scores[k])}</td>
            {soft ? (
              <>
                <td data-testid={`softmax-exp-${k}`}>{num(t.exps[k])}</td>
                <td data-testid={`softmax-prob-${k}`}>{num(t.probs[k])}</td>
              </>
            ) : (
              <>
                <td data-testid={`softmax-margin-${k}`}>{k === t.truth ? '—' : num(t.margins[k])}</td>
                <td data-testid={`softmax-term-${k}`}>{k === t.truth ? '—' : num(t.hingeTerms[k])}</td>
              </>
            )}
            <td data-testid={`softmax-grad-${k}`}>{signed(t.grads[k])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">sum</th>
          <td />
          {soft ? (
            <>
              <td>{num(sum(t.exps))}</td>
              <td data-testid="softmax-prob-sum">{num(sum(t.probs))}</td>
            </>
          ) : (
            <>
              <td />
              <td>{num(t.loss)}</td>
            </>
          )}
          <td data-testid="softmax-grad-sum">{num(zeroish(sum(t.grads)))}</td>
        </tr>
      </tbody>
    </DataTable>
  );
}
