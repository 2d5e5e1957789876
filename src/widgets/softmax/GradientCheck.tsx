/**
 * The numerical check: each score's ∂L/∂s from backpropagation beside the central difference
 * (L(s + h) − L(s − h)) / 2h, their relative error, and the verdict in a sentence (which says
 * when a relative error misleads: a tiny gradient, or a kink of the hinge).
 */
import { DataTable } from '../kit';
import { CHECK_H, type SoftmaxTable } from './softmaxModel';
import { checkSentence, errorText, precise } from './softmaxText';
import { sci } from '../kit/numberText';
import styles from './softmax.module.css';

export function GradientCheck({ t }: { t: SoftmaxTable }) {
  return (
    <div className={styles.stack}>
      <DataTable caption={`Numerical check: central differences with h = ${sci(CHECK_H, 1)} against backpropagation.`} label="Table: class, backpropagation, central difference, relative error">
        <thead>
          <tr>
            <th scope="col">class</th>
            <th scope="col">backprop</th>
            <th scope="col">central diff.</th>
            <th scope="col">rel. error</th>
          </tr>
        </thead>
        <tbody>
          {t.names.map((name, k) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{precise(t.grads[k])}</td>
              <td data-testid={`softmax-numeric-${k}`}>{precise(t.numericGrads[k])}</td>
              <td>{errorText(t.relativeErrors[k])}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className={styles.note} data-testid="softmax-check">{checkSentence(t)}</p>
    </div>
  );
}
