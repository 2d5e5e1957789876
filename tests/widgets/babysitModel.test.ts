/**
 * "Babysitting a run", the pure side: the presets sit inside the schema's ranges; the run record
 * grows by parts that start where it ended; CSV (header, one row per report, numbers that read
 * back exactly) and JSON (state, settings, every series); running means; the texts' verdicts.
 */
import { describe, expect, it } from 'vitest';
import { runTaskSync } from '../../src/worker/registry';
import type { BabysitTrainOutput } from '../../src/worker/tasks/babysit';
import { BABYSIT_LR_RANGE } from '../../src/worker/tasks/babysit';
import { appendPart, buildCsv, buildJson, COLUMNS, CSV_HEADER, emptyRun, numberFromJson, presetOf, runningMean, settingsOf } from '../../src/widgets/babysit/babysitModel';
import { babysitSchema, LR_PRESETS, PRESET_NAMES, type BabysitState } from '../../src/widgets/babysit/babysitSchema';
import { initialLossVerdict, overfitVerdict, ratioVerdict } from '../../src/widgets/babysit/babysitText';

const defaults = Object.fromEntries(Object.entries(babysitSchema).map(([k, f]) => [k, f.default])) as BabysitState;
const settings = settingsOf(defaults);

function part(from: number, to: number): BabysitTrainOutput {
  const out = runTaskSync('babysit', { mode: 'train', ...settings, from, to });
  if (out.mode !== 'train') throw new Error('expected train');
  return out;
}

describe('babysit presets and settings', () => {
  it('every preset rate is inside the schema\'s and the task\'s ranges, and maps back to its name', () => {
    for (const p of PRESET_NAMES) {
      const lr = LR_PRESETS[p];
      expect(lr).toBeGreaterThanOrEqual(babysitSchema.lr.min);
      expect(lr).toBeLessThanOrEqual(babysitSchema.lr.max);
      expect(lr).toBeGreaterThanOrEqual(BABYSIT_LR_RANGE[0]);
      expect(presetOf(lr)).toBe(p);
    }
    expect(presetOf(0.05)).toBe('custom');
    expect(babysitSchema.lr.default).toBe(LR_PRESETS.good);
  });

  it('turns the state into the task\'s settings', () => {
    expect(settings).toEqual({ lr: 0.03, momentum: 0.9, l2: 1e-3, batchSize: 32, seed: 1 });
    expect(settingsOf({ ...defaults, momentum: false, l2: '0', batch: '300' })).toMatchObject({ momentum: 0, l2: 0, batchSize: 300 });
  });
});

describe('babysit run record', () => {
  const a = part(0, 40), b = part(40, 60);
  const run = appendPart(appendPart(emptyRun(settings, 3000), a), b);

  it('appends parts that start where the run ended, and ignores others', () => {
    expect(run.step).toBe(60);
    expect(run.columns.step).toEqual([0, 20, 40, 60]);
    expect(run.stepLoss).toHaveLength(60);
    expect(appendPart(run, a)).toBe(run); // from 0: not where it ended
    expect(appendPart(run, b)).toBe(run);
  });

  it('writes a CSV with the header and one row per report, whose numbers read back exactly', () => {
    const csv = buildCsv(run);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(CSV_HEADER).toBe('step,train_loss,val_loss,train_acc,val_acc,ratio_W1,ratio_W2,ratio_W3');
    expect(lines).toHaveLength(1 + 4);
    expect(lines[1].split(',').slice(5)).toEqual(['', '', '']); // no ratio before the first step
    const row = lines[3].split(',').map(Number);
    COLUMNS.forEach((c, i) => expect(row[i]).toBe(run.columns[c][2]));
  });

  it('writes JSON with the state, the settings and every series (NaN as null)', () => {
    const doc = JSON.parse(buildJson(run, defaults)) as {
      widget: string; state: BabysitState; settings: typeof settings; step: number; chunks: Record<string, (number | null)[]>; stepLoss: number[]; divergence: null;
    };
    expect(doc.widget).toBe('babysit');
    expect(doc.state).toEqual(defaults);
    expect(doc.settings).toEqual(settings);
    expect(doc.step).toBe(60);
    expect(doc.divergence).toBeNull();
    for (const c of COLUMNS) {
      expect(doc.chunks[c].map(numberFromJson)).toEqual(run.columns[c].map((v) => v));
    }
    expect(doc.chunks.ratioW1[0]).toBeNull();
    expect(doc.stepLoss).toEqual(run.stepLoss);
  });

  it('writes a diverged run\'s Infinity and NaN so they read back', () => {
    const out = runTaskSync('babysit', { mode: 'train', ...settings, lr: 10, l2: 0.5, from: 0, to: 100 });
    if (out.mode !== 'train') throw new Error('expected train');
    const diverged = appendPart(emptyRun({ ...settings, lr: 10, l2: 0.5 }, 100), out);
    expect(diverged.divergence).toEqual({ step: 14, reason: 'loss is NaN' });
    const doc = JSON.parse(buildJson(diverged, defaults)) as { stepLoss: (number | string | null)[]; divergence: unknown };
    expect(doc.divergence).toEqual({ step: 14, reason: 'loss is NaN' });
    expect(Number.isNaN(numberFromJson(doc.stepLoss[14]))).toBe(true);
  });
});

describe('babysit helpers and verdicts', () => {
  it('running mean: trailing window, shorter at the start', () => {
    expect(Array.from(runningMean([1, 2, 3, 4, 5], 2))).toEqual([1, 1.5, 2.5, 3.5, 4.5]);
  });

  it('ratios against the band 10⁻⁴ … 10⁻²', () => {
    expect(ratioVerdict(1e-3)).toBe('healthy');
    expect(ratioVerdict(1e-6)).toBe('below');
    expect(ratioVerdict(0.05)).toBe('above');
    expect(ratioVerdict(NaN)).toBe('none');
  });

  it('the checks\' verdicts quote ln 3 and the penalty', () => {
    const init = runTaskSync('babysit', { mode: 'initialLoss', ...settings });
    if (init.mode !== 'initialLoss') throw new Error('expected initialLoss');
    const v = initialLossVerdict(init);
    expect(v.good).toBe(true);
    expect(v.text).toContain(`ln 3 = ${Math.log(3).toFixed(4)}`);
    expect(v.text).toContain('½λΣw²');
    const fit = runTaskSync('babysit', { mode: 'overfit', ...settings });
    if (fit.mode !== 'overfit') throw new Error('expected overfit');
    expect(overfitVerdict(fit)).toMatchObject({ good: true });
    const slow = runTaskSync('babysit', { mode: 'overfit', ...settings, lr: 1e-4 });
    if (slow.mode !== 'overfit') throw new Error('expected overfit');
    expect(overfitVerdict(slow).good).toBe(false);
  });
});
