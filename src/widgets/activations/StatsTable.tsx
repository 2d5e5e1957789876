/**
 * Each layer's numbers: the activations' mean and std, the share of saturated units (ReLUs: of
 * zeros), and the gradients' std. The pictures' numbers, for reading and for screen readers.
 */
import { memo } from 'react';
import { DataTable } from '../kit';
import type { ActivationStatsOutput } from '../../worker/tasks/activationStats';
import { num, percent } from './activationsText';

/** What the share column counts: saturated units for tanh and σ, the flat (or 0.01) side for the ReLUs. */
const shareName = (o: ActivationStatsOutput): string => (o.activation === 'relu' ? 'zero (off)' : o.activation === 'leakyRelu' ? 'on slope 0.01' : 'saturated');

export const StatsTable = memo(function StatsTable({ o }: { o: ActivationStatsOutput }) {
  return (
    <DataTable caption={`One pass: ${o.batch} inputs, ${o.layers} layers of ${o.width} units`} label="Table: layer, mean and std of the activations, share saturated, std of the gradients">
      <thead>
        <tr>
          <th scope="col">layer</th>
          <th scope="col">mean h</th>
          <th scope="col">std h</th>
          <th scope="col">{shareName(o)}</th>
          <th scope="col">std ∂L/∂h</th>
        </tr>
      </thead>
      <tbody>
        {Array.from(o.actStd, (s, l) => (
          <tr key={l}>
            <th scope="row">{l + 1}</th>
            <td>{num(o.actMean[l])}</td>
            <td data-testid={`activations-act-std-${l + 1}`}>{num(s)}</td>
            <td>{percent(o.saturated[l])}</td>
            <td data-testid={`activations-grad-std-${l + 1}`}>{num(o.gradStd[l])}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
});
