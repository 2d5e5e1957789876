/**
 * Chapter 6, "The chain rule on a graph": an expression (a preset or one the reader types,
 * parsed without eval) built into the core's own graph; step forward to fill in each node's
 * value, then backward to fill in each gradient, one rule at a time, the rule named with its
 * numbers; every variable's gradient checked against central differences.
 *
 * State (URL, `graph.*`): graphSchema.ts. All of it is cheap (at most 60 nodes): computed on
 * the main thread, once per graph and values, not per step.
 */
import { useId, useMemo } from 'react';
import { layout, Button, DataTable, Figure, ScrollBox, Select, Slider, WidgetFrame } from '../kit';
import { Share, stateSpec, useWidgetState } from '../state';
import { GraphPicture } from './GraphPicture';
import { totalSteps, traceGraph, walkAt } from './graphModel';
import { expressionText, GRAPH_PRESETS, type GraphPreset, PRESET_LABELS, PRESETS } from './graphPresets';
import { num, relativeErrorText } from './graphRules';
import { graphSchema as schema } from './graphSchema';
import { graphSentence, phaseText } from './graphText';
import styles from './graph.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const graphStepperState = stateSpec('graph', schema);

const PRESET_OPTIONS = GRAPH_PRESETS.map((g) => ({ value: g, label: PRESET_LABELS[g] }));

export function GraphStepperWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(graphStepperState);
  const text = expressionText(state.graph, state.expr);
  const result = useMemo(() => traceGraph(text, state.values), [text, state.values]);
  const id = useId();

  const choose = (graph: GraphPreset) =>
    graph === 'custom'
      ? set({ graph, expr: text, step: 0 })
      : set({ graph, values: PRESETS[graph].values, step: 0 });

  const trace = result.ok ? result.trace : null;
  const variables = result.ok ? result.trace.variables : result.variables;
  const values = result.ok ? result.trace.values : result.values;
  const total = trace ? totalSteps(trace) : 0;
  const step = Math.min(state.step, total);
  const at = trace ? walkAt(trace, step) : null;
  const setValue = (k: number, raw: string) => {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v)) return;
    const next = [...values];
    next[k] = v;
    set({ values: next });
  };

  return (
    <WidgetFrame
      id={graphStepperState.id}
      title="Backpropagation, one node at a time"
      intro="Step forward through the graph to compute each value, then backward to compute each gradient. Each backward step names the rule its node uses."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controls}>
        <Select field={schema.graph} label={schema.graph.label} value={state.graph} options={PRESET_OPTIONS} onChange={choose} />
        {state.graph === 'custom' ? (
          <label className={styles.fieldLabel} htmlFor={`${id}-expr`}>
            <span>f = (+ − * / ^, exp, log, sqrt, abs, tanh, sigmoid, relu, max)</span>
            <input
              id={`${id}-expr`} className={`${styles.input} ${styles.expression}`} value={state.expr} spellCheck={false} autoComplete="off"
              maxLength={schema.expr.maxLength} aria-invalid={!result.ok} aria-describedby={result.ok ? undefined : `${id}-error`}
              onChange={(e) => set({ expr: e.currentTarget.value, step: 0 })}
            />
          </label>
        ) : (
          <p className={styles.legend}>f = <code>{text}</code></p>
        )}
      </div>
      {result.ok ? null : <p id={`${id}-error`} role="alert" className={styles.error} data-testid="graph-error">{result.error}</p>}
      {variables.length > 0 ? (
        <fieldset className={styles.values}>
          <legend className={styles.legend}>Values of the inputs</legend>
          {variables.map((v, k) => (
            <label key={v} className={styles.valueField}>
              {v} =
              <input
                type="number" step="any" className={`${styles.input} ${styles.number}`} value={values[k]}
                min={schema.values.min} max={schema.values.max} data-testid={`graph-value-${v}`}
                onChange={(e) => setValue(k, e.currentTarget.value)}
              />
            </label>
          ))}
        </fieldset>
      ) : null}
      {trace ? (
        <>
          <div className={layout.row}>
            <Button onClick={() => set({ step: 0 })} disabled={step === 0}>Start over</Button>
            <Button onClick={() => set({ step: step - 1 })} disabled={step === 0}>Back one step</Button>
            <Button primary onClick={() => set({ step: step + 1 })} disabled={step === total}>Next step</Button>
            <Button onClick={() => set({ step: total })} disabled={step === total}>To the end</Button>
            <div className={styles.stepSlider}>
              <Slider label={schema.step.label} min={0} max={total} integer value={step} onChange={(v) => set({ step: v })} format={(v) => `${v} of ${total}`} field={schema.step} />
            </div>
          </div>
          <p className={styles.caption} aria-live="polite" data-testid="graph-caption">{at ? phaseText(trace, at) : ''}</p>
          <Figure caption="Blue: each node's value (forward). Orange: ∂f/∂node (backward). The outlined node is the one the last step touched." srDescription={at ? graphSentence(trace, at) : undefined}>
            <ScrollBox label="The computational graph">{at ? <GraphPicture trace={trace} at={at} /> : null}</ScrollBox>
          </Figure>
          <DataTable caption={at?.phase === 'done' ? 'Each gradient against central differences, (f(v + h) − f(v − h)) / 2h' : 'Central differences, (f(v + h) − f(v − h)) / 2h; backpropagation fills in when the backward pass ends'} label="Table: variable, value, backpropagation, numerical, relative error">
            <thead>
              <tr><th scope="col">variable</th><th scope="col">value</th><th scope="col">backprop ∂f/∂v</th><th scope="col">numerical</th><th scope="col">relative error</th></tr>
            </thead>
            <tbody>
              {trace.checks.map((c) => (
                <tr key={c.name}>
                  <th scope="row">{c.name}</th>
                  <td>{num(c.value)}</td>
                  <td data-testid={`graph-grad-${c.name}`}>{at?.phase === 'done' ? num(c.backprop) : '…'}</td>
                  <td data-testid={`graph-numerical-${c.name}`}>{num(c.numerical)}</td>
                  <td>{at?.phase === 'done' ? relativeErrorText(c.relativeError) : '…'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      ) : null}
    </WidgetFrame>
  );
}
