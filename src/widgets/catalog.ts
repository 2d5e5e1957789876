/**
 * Every widget's public interface, by component name: its id and state schema (StateSpec).
 * Embed pages, the teachers' page and the interface snapshot (tests/site/publicInterface.test.ts)
 * read it; a widget added to the book's islands must be added here too (a test checks).
 */
import type { Schema } from './state/schema';
import type { StateSpec } from './state/useWidgetState';
import { adaptiveRatesState } from './adaptive/AdaptiveRatesWidget';
import { batchSizeState } from './batch/BatchSizeWidget';
import { whichOptimizerState } from './compare/WhichOptimizerWidget';
import { inTheDarkState } from './descent/InTheDarkWidget';
import { learningRateState } from './descent/LearningRateWidget';
import { gradientCheckState } from './gradients/GradientCheckWidget';
import { editDataState } from './linreg/EditDataWidget';
import { fitLineState } from './linreg/FitLineWidget';
import { mseBowlState } from './linreg/MseBowlWidget';
import { randomGuessState } from './linreg/RandomGuessWidget';
import { momentumExplorerState } from './momentum/MomentumExplorerWidget';
import { optimizerRaceState } from './race/OptimizerRaceWidget';
import { schedulesState } from './schedules/SchedulesWidget';
import { secondOrderState } from './secondorder/SecondOrderWidget';
import { classifierSlicesState } from './slices/ClassifierSlicesWidget';
import { mlpSlicesState } from './slices/MlpSlicesWidget';
import { stepSizeState } from './strategies/StepSizeWidget';
import { strategyRaceState } from './strategies/StrategyRaceWidget';
import { surfaceExplorerState } from './surfaces/SurfaceExplorerWidget';

export const WIDGET_STATES: Readonly<Record<string, StateSpec<Schema>>> = {
  FitLineWidget: fitLineState,
  RandomGuessWidget: randomGuessState,
  MseBowlWidget: mseBowlState,
  EditDataWidget: editDataState,
  SurfaceExplorerWidget: surfaceExplorerState,
  ClassifierSlicesWidget: classifierSlicesState,
  MlpSlicesWidget: mlpSlicesState,
  InTheDarkWidget: inTheDarkState,
  StrategyRaceWidget: strategyRaceState,
  GradientCheckWidget: gradientCheckState,
  StepSizeWidget: stepSizeState,
  LearningRateWidget: learningRateState,
  BatchSizeWidget: batchSizeState,
  MomentumExplorerWidget: momentumExplorerState,
  SchedulesWidget: schedulesState,
  OptimizerRaceWidget: optimizerRaceState,
  SecondOrderWidget: secondOrderState,
  AdaptiveRatesWidget: adaptiveRatesState,
  WhichOptimizerWidget: whichOptimizerState,
};
