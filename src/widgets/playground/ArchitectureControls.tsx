/**
 * The network's shape: add or remove a hidden layer (0 to 6), each layer's width (1 to 32) and
 * activation, and the initialization. A removed layer's activation stays in the state, so adding
 * the layer back restores it.
 */
import { memo } from 'react';
import { layout, Button, Select, Slider } from '../kit';
import { MAX_HIDDEN_LAYERS, MAX_WIDTH } from '../../worker/tasks/playgroundNet';
import type { Patch } from '../state/schema';
import { ACTIVATION_KEYS, ACTIVATION_LABELS, INIT_LABELS, playgroundSchema as schema } from './playgroundSchema';
import { NETWORK_FIELDS, type FieldsOf, sameFields } from './controlFields';
import styles from './playground.module.css';

const ACT_OPTIONS = schema.act1.values.map((v) => ({ value: v, label: ACTIVATION_LABELS[v] }));
const INIT_OPTIONS = schema.init.values.map((v) => ({ value: v, label: INIT_LABELS[v] }));

// Memoized by the fields they read (controlFields.ts): a training result or another group's
// control re-renders the widget, not these.
export const ArchitectureControls = memo(function ArchitectureControls({ state, set }: { state: FieldsOf<typeof NETWORK_FIELDS>; set: (p: Patch<typeof schema>) => void }) {
  const widths = state.widths;
  const setWidth = (l: number, w: number) => set({ widths: widths.map((x, i) => (i === l ? w : x)) });
  return (
    <section className={styles.group} aria-labelledby="pg-net-heading">
      <h4 id="pg-net-heading" className={styles.groupTitle}>Network</h4>
      <div className={layout.row}>
        <Button small disabled={widths.length >= MAX_HIDDEN_LAYERS} onClick={() => set({ widths: [...widths, widths[widths.length - 1] ?? 4] })}>Add layer</Button>
        <Button small disabled={widths.length === 0} onClick={() => set({ widths: widths.slice(0, -1) })}>Remove layer</Button>
        <span className={styles.small} data-testid="pg-shape">{widths.length} hidden {widths.length === 1 ? 'layer' : 'layers'}</span>
      </div>
      {widths.map((w, l) => {
        const key = ACTIVATION_KEYS[l];
        return (
          <div key={l} className={styles.layer}>
            <Slider field={schema.widths} label={`Layer ${l + 1} neurons`} min={1} max={MAX_WIDTH} step={1} integer value={w} onChange={(v) => setWidth(l, v)} />
            <Select field={schema[key]} label={schema[key].label} value={state[key]} options={ACT_OPTIONS} onChange={(v) => set({ [key]: v })} />
          </div>
        );
      })}
      <Select field={schema.init} label={schema.init.label} value={state.init} options={INIT_OPTIONS} onChange={(init) => set({ init })} />
    </section>
  );
}, sameFields(NETWORK_FIELDS));
