/**
 * Chapter 6, "What a gradient costs": multiply-adds for one gradient of a fully connected
 * network by central differences (two forward passes per parameter) and by backpropagation
 * (about three forward passes in all), as the network grows; the default is the 784–15–10
 * digit network. Counting only, so it is instant: no worker.
 *
 * State (URL, `cost.*`): costSchema.ts.
 */
import { useMemo } from 'react';
import { Button, color, DataTable, Figure, LineSwatch, Slider, sliderProps, TableName, WidgetFrame } from '../kit';
import { Share, stateSpec, useWidgetState } from '../state';
import { CostPlot } from './CostPlot';
import { DIGIT_NETWORK, gradientCost, layerSizes } from './costModel';
import { costSchema as schema, shapeOf } from './costSchema';
import { costSentence, countText, RATE_TEXT, ratioText, timeText } from './costText';
import styles from './cost.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const gradientCostState = stateSpec('cost', schema);

export function GradientCostWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(gradientCostState);
  const shape = useMemo(() => shapeOf(state), [state]);
  const cost = gradientCost(shape);
  const digits = state.inputs === DIGIT_NETWORK.inputs && state.outputs === DIGIT_NETWORK.outputs && state.layers === 1 && state.width === DIGIT_NETWORK.hidden[0];

  return (
    <WidgetFrame
      id={gradientCostState.id}
      title="What a gradient costs"
      intro="Grow the network and compare the work for one gradient: central differences run the network twice per parameter, backpropagation runs it forward once and backward once."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controls}>
        <Slider {...sliderProps(schema.inputs)} value={state.inputs} onChange={(v) => set({ inputs: v })} />
        <Slider {...sliderProps(schema.width)} value={state.width} onChange={(v) => set({ width: v })} />
        <Slider {...sliderProps(schema.layers)} value={state.layers} onChange={(v) => set({ layers: v })} />
        <Slider {...sliderProps(schema.outputs)} value={state.outputs} onChange={(v) => set({ outputs: v })} />
      </div>
      <div className={styles.row}>
        <span className={styles.shape} data-testid="cost-shape">Network {layerSizes(shape).join('–')}{digits ? ' (the digit network)' : ''}</span>
        <Button small onClick={() => set({ inputs: 784, width: 15, layers: 1, outputs: 10 })} disabled={digits}>The digit network</Button>
      </div>
      <div aria-live="polite">
        <p className={styles.headline} data-testid="cost-ratio">Central differences take <strong>{ratioText(cost)}</strong> times the work of backpropagation.</p>
        <DataTable caption={`For one example, counting multiply-adds; the time at ${RATE_TEXT}`} label="Table: method, multiply-adds, time">
          <thead><tr><th scope="col">method</th><th scope="col">multiply-adds</th><th scope="col">time</th></tr></thead>
          <tbody>
            <tr><th scope="row">parameters</th><td data-testid="cost-parameters">{countText(cost.parameters)}</td><td /></tr>
            <tr><th scope="row">one forward pass</th><td data-testid="cost-forward">{countText(cost.forward)}</td><td>{timeText(cost.forward)}</td></tr>
            <tr><th scope="row"><TableName swatch={<LineSwatch color={color.accent} />}> backpropagation</TableName></th><td data-testid="cost-backprop">{countText(cost.backprop)}</td><td>{timeText(cost.backprop)}</td></tr>
            <tr><th scope="row"><TableName swatch={<LineSwatch color={color.accent2} />}> central differences</TableName></th><td data-testid="cost-numerical">{countText(cost.numerical)}</td><td>{timeText(cost.numerical)}</td></tr>
          </tbody>
        </DataTable>
      </div>
      <Figure caption="Multiply-adds for one gradient as the hidden layers widen (both axes logarithmic): orange by central differences, blue by backpropagation." srDescription={costSentence(cost)}>
        <CostPlot shape={shape} width={state.width} />
      </Figure>
    </WidgetFrame>
  );
}
