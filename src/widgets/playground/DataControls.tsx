/** The data: which set, its noise and classes, the train/test split, a new draw, and the input features. */
import { memo } from 'react';
import { layout, Button, Select, Slider, sliderProps, Toggle } from '../kit';
import { FEATURES } from '../../worker/tasks/playgroundData';
import { nextSeed } from '../state';
import type { Patch } from '../state/schema';
import { DATASET_LABELS, FEATURE_KEYS, playgroundSchema as schema } from './playgroundSchema';
import { DATA_FIELDS, type FieldsOf, sameFields } from './controlFields';
import styles from './playground.module.css';

const DATASET_OPTIONS = schema.dataset.values.map((v) => ({ value: v, label: DATASET_LABELS[v] }));

// Memoized by the fields they read (controlFields.ts): a training result or another group's
// control re-renders the widget, not these.
export const DataControls = memo(function DataControls({ state, set }: { state: FieldsOf<typeof DATA_FIELDS>; set: (p: Patch<typeof schema>) => void }) {
  return (
    <section className={styles.group} aria-labelledby="pg-data-heading">
      <h4 id="pg-data-heading" className={styles.groupTitle}>Data</h4>
      <Select field={schema.dataset} label={schema.dataset.label} value={state.dataset} options={DATASET_OPTIONS} onChange={(dataset) => set({ dataset })} />
      {state.dataset === 'blobs' ? <Slider {...sliderProps(schema.classes)} value={state.classes} onChange={(classes) => set({ classes })} /> : null}
      <Slider {...sliderProps(schema.noise)} value={state.noise} onChange={(noise) => set({ noise })} />
      <Slider {...sliderProps(schema.trainShare)} value={state.trainShare} onChange={(trainShare) => set({ trainShare })} format={(v) => `${Math.round(v * 100)}%`} />
      <div className={layout.row}>
        <Button small onClick={() => set({ dataSeed: nextSeed(state.dataSeed) })}>New points</Button>
      </div>
      <fieldset className={styles.choices}>
        <legend>Input features</legend>
        {FEATURES.map((f) => {
          const key = FEATURE_KEYS[f];
          return <Toggle key={f} field={schema[key]} label={schema[key].label} checked={state[key]} onChange={(on) => set({ [key]: on })} />;
        })}
      </fieldset>
    </section>
  );
}, sameFields(DATA_FIELDS));
