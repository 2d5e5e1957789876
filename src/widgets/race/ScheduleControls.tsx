/**
 * The tuned racer's learning-rate schedule: a select of the kind, a slider for each parameter
 * that kind reads (and no others), and the rate over the run as a small curve and a sentence.
 */
import { useMemo } from 'react';
import { Select, Slider, sliderProps } from '../kit';
import { formatNumber } from '../surfaces/formatNumber';
import { racerSchedule, scheduleSettings } from './raceProblem';
import { MOMENTUM_SCHEDULE_NOTE, PARAMS_OF, rateSamples, SCHEDULE_CHOICES, SCHEDULE_LABELS, describeSchedule, type ScheduleChoice } from './raceSchedule';
import type { Patch } from '../state/schema';
import { raceSchema, type RaceState, type RacerName } from './raceSchema';
import { RateSparkline } from './RateSparkline';
import styles from './race.module.css';

export interface ScheduleControlsProps {
  name: RacerName;
  state: RaceState;
  set: (patch: Patch<typeof raceSchema>) => void;
}

const KIND_OPTIONS = SCHEDULE_CHOICES.map((value) => ({ value, label: SCHEDULE_LABELS[value] }));

export function ScheduleControls({ name, state, set }: ScheduleControlsProps) {
  const settings = scheduleSettings(state, name);
  const lr = state[`${name}_lr`];
  const schedule = useMemo(() => racerSchedule(state, name), [state, name]);
  const samples = useMemo(() => rateSamples(schedule, lr, state.steps), [schedule, lr, state.steps]);
  const line = describeSchedule(settings, schedule, lr, state.steps);
  const heavyBall = (name === 'momentum' || name === 'nesterov') && settings.kind !== 'constant';
  return (
    <>
      <Select label="Schedule" field={raceSchema[`${name}_sched`]} value={settings.kind} options={KIND_OPTIONS} onChange={(kind: ScheduleChoice) => set({ [`${name}_sched`]: kind })} />
      {PARAMS_OF[settings.kind].map((p) => (
        <Slider
          key={p}
          {...sliderProps(raceSchema[`${name}_${p}`])}
          value={settings[p]}
          format={(v) => formatNumber(v, 3)}
          onChange={(v) => set({ [`${name}_${p}`]: v })}
        />
      ))}
      <div className={styles.schedule}>
        <RateSparkline t={samples.t} rate={samples.rate} last={Math.max(0, state.steps - 1)} />
        <p className={styles.note} data-testid="race-schedule-line">{line}</p>
        {heavyBall ? <p className={styles.note}>{MOMENTUM_SCHEDULE_NOTE}</p> : null}
      </div>
    </>
  );
}
