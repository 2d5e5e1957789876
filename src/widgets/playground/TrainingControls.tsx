/** How it trains: optimizer and its constants, learning rate and schedule, batch size, penalties, dropout, batch norm. */
import { memo } from 'react';
import { layout, Select, Slider, sliderProps, Toggle } from '../kit';
import type { Patch } from '../state/schema';
import { OPTIMIZER_LABELS, playgroundSchema as schema, SCHEDULE_LABELS } from './playgroundSchema';
import { TRAINING_FIELDS, type FieldsOf, sameFields } from './controlFields';
import styles from './playground.module.css';

const OPT_OPTIONS = schema.optimizer.values.map((v) => ({ value: v, label: OPTIMIZER_LABELS[v] }));
const SCHEDULE_OPTIONS = schema.schedule.values.map((v) => ({ value: v, label: SCHEDULE_LABELS[v] }));

// Memoized by the fields they read (controlFields.ts): a training result or another group's
// control re-renders the widget, not these.
export const TrainingControls = memo(function TrainingControls({ state, set, trainPoints }: { state: FieldsOf<typeof TRAINING_FIELDS>; set: (p: Patch<typeof schema>) => void; trainPoints: number }) {
  return (
    <section className={styles.group} aria-labelledby="pg-train-heading">
      <h4 id="pg-train-heading" className={styles.groupTitle}>Training</h4>
      <Select field={schema.optimizer} label={schema.optimizer.label} value={state.optimizer} options={OPT_OPTIONS} onChange={(optimizer) => set({ optimizer })} />
      <Slider {...sliderProps(schema.lr)} value={state.lr} onChange={(lr) => set({ lr })} />
      {state.optimizer === 'momentum' ? <Slider {...sliderProps(schema.beta)} value={state.beta} onChange={(beta) => set({ beta })} /> : null}
      {state.optimizer === 'adam' ? (
        <>
          <Slider {...sliderProps(schema.beta1)} value={state.beta1} onChange={(beta1) => set({ beta1 })} />
          <Slider {...sliderProps(schema.beta2)} value={state.beta2} onChange={(beta2) => set({ beta2 })} />
        </>
      ) : null}
      <Select field={schema.schedule} label={schema.schedule.label} value={state.schedule} options={SCHEDULE_OPTIONS} onChange={(schedule) => set({ schedule })} />
      {state.schedule !== 'constant' ? <Slider {...sliderProps(schema.decaySteps)} value={state.decaySteps} onChange={(decaySteps) => set({ decaySteps })} /> : null}
      <Slider {...sliderProps(schema.batchSize)} value={state.batchSize} onChange={(batchSize) => set({ batchSize })}
        hint={state.batchSize >= trainPoints ? `Full batch: all ${trainPoints} training points every step.` : `${Math.floor(trainPoints / state.batchSize)} batches per pass over the ${trainPoints} training points.`} />
      <Slider {...sliderProps(schema.l1)} value={state.l1} onChange={(l1) => set({ l1 })} />
      <Slider {...sliderProps(schema.l2)} value={state.l2} onChange={(l2) => set({ l2 })} />
      <Slider {...sliderProps(schema.dropout)} value={state.dropout} onChange={(dropout) => set({ dropout })} />
      <div className={layout.row}>
        <Toggle field={schema.batchNorm} label={schema.batchNorm.label} checked={state.batchNorm} onChange={(batchNorm) => set({ batchNorm })} />
      </div>
    </section>
  );
}, sameFields(TRAINING_FIELDS));
