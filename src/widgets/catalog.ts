/**
 * Every widget of the book, by component name, loaded on demand: its component and its public
 * interface (StateSpec: id, schema, renamed keys). The custom element loads the one it shows;
 * the teachers' page and the interface snapshot (tests/site/publicInterface.test.ts) read every
 * state. The book's islands (src/site/islands/islands.ts) list the same widgets; a test checks.
 */
import type { ComponentType } from 'react';
import type { Schema } from './state/schema';
import type { StateSpec } from './state/useWidgetState';

export interface WidgetModule {
  readonly component: ComponentType;
  readonly state: StateSpec<Schema>;
}

export const WIDGETS: Readonly<Record<string, () => Promise<WidgetModule>>> = {
  FitLineWidget: () => import('./linreg/FitLineWidget').then((m) => ({ component: m.FitLineWidget, state: m.fitLineState })),
  RandomGuessWidget: () => import('./linreg/RandomGuessWidget').then((m) => ({ component: m.RandomGuessWidget, state: m.randomGuessState })),
  MseBowlWidget: () => import('./linreg/MseBowlWidget').then((m) => ({ component: m.MseBowlWidget, state: m.mseBowlState })),
  EditDataWidget: () => import('./linreg/EditDataWidget').then((m) => ({ component: m.EditDataWidget, state: m.editDataState })),
  SurfaceExplorerWidget: () => import('./surfaces/SurfaceExplorerWidget').then((m) => ({ component: m.SurfaceExplorerWidget, state: m.surfaceExplorerState })),
  ClassifierSlicesWidget: () => import('./slices/ClassifierSlicesWidget').then((m) => ({ component: m.ClassifierSlicesWidget, state: m.classifierSlicesState })),
  MlpSlicesWidget: () => import('./slices/MlpSlicesWidget').then((m) => ({ component: m.MlpSlicesWidget, state: m.mlpSlicesState })),
  InTheDarkWidget: () => import('./descent/InTheDarkWidget').then((m) => ({ component: m.InTheDarkWidget, state: m.inTheDarkState })),
  StrategyRaceWidget: () => import('./strategies/StrategyRaceWidget').then((m) => ({ component: m.StrategyRaceWidget, state: m.strategyRaceState })),
  GradientCheckWidget: () => import('./gradients/GradientCheckWidget').then((m) => ({ component: m.GradientCheckWidget, state: m.gradientCheckState })),
  StepSizeWidget: () => import('./strategies/StepSizeWidget').then((m) => ({ component: m.StepSizeWidget, state: m.stepSizeState })),
  LearningRateWidget: () => import('./descent/LearningRateWidget').then((m) => ({ component: m.LearningRateWidget, state: m.learningRateState })),
  BatchSizeWidget: () => import('./batch/BatchSizeWidget').then((m) => ({ component: m.BatchSizeWidget, state: m.batchSizeState })),
  MomentumExplorerWidget: () => import('./momentum/MomentumExplorerWidget').then((m) => ({ component: m.MomentumExplorerWidget, state: m.momentumExplorerState })),
  SchedulesWidget: () => import('./schedules/SchedulesWidget').then((m) => ({ component: m.SchedulesWidget, state: m.schedulesState })),
  OptimizerRaceWidget: () => import('./race/OptimizerRaceWidget').then((m) => ({ component: m.OptimizerRaceWidget, state: m.optimizerRaceState })),
  SecondOrderWidget: () => import('./secondorder/SecondOrderWidget').then((m) => ({ component: m.SecondOrderWidget, state: m.secondOrderState })),
  AdaptiveRatesWidget: () => import('./adaptive/AdaptiveRatesWidget').then((m) => ({ component: m.AdaptiveRatesWidget, state: m.adaptiveRatesState })),
  WhichOptimizerWidget: () => import('./compare/WhichOptimizerWidget').then((m) => ({ component: m.WhichOptimizerWidget, state: m.whichOptimizerState })),
  PenaltyGeometryWidget: () => import('./penalty/PenaltyGeometryWidget').then((m) => ({ component: m.PenaltyGeometryWidget, state: m.penaltyGeometryState })),
  OverfittingWidget: () => import('./overfit/OverfittingWidget').then((m) => ({ component: m.OverfittingWidget, state: m.overfittingState })),
  HyperparameterSearchWidget: () => import('./search/HyperparameterSearchWidget').then((m) => ({ component: m.HyperparameterSearchWidget, state: m.hyperparameterSearchState })),
  DropoutWidget: () => import('./dropout/DropoutWidget').then((m) => ({ component: m.DropoutWidget, state: m.dropoutState })),
  EnsembleWidget: () => import('./ensemble/EnsembleWidget').then((m) => ({ component: m.EnsembleWidget, state: m.ensembleState })),
  CrossValidationWidget: () => import('./cv/CrossValidationWidget').then((m) => ({ component: m.CrossValidationWidget, state: m.crossValidationState })),
  BabysittingWidget: () => import('./babysit/BabysittingWidget').then((m) => ({ component: m.BabysittingWidget, state: m.babysittingState })),
  XorWidget: () => import('./xor/XorWidget').then((m) => ({ component: m.XorWidget, state: m.xorState })),
  NetworkPlaygroundWidget: () => import('./playground/NetworkPlaygroundWidget').then((m) => ({ component: m.NetworkPlaygroundWidget, state: m.networkPlaygroundState })),
  SoftmaxWidget: () => import('./softmax/SoftmaxWidget').then((m) => ({ component: m.SoftmaxWidget, state: m.softmaxState })),
  GraphStepperWidget: () => import('./graph/GraphStepperWidget').then((m) => ({ component: m.GraphStepperWidget, state: m.graphStepperState })),
  GradientCostWidget: () => import('./cost/GradientCostWidget').then((m) => ({ component: m.GradientCostWidget, state: m.gradientCostState })),
  ActivationsWidget: () => import('./activations/ActivationsWidget').then((m) => ({ component: m.ActivationsWidget, state: m.activationsState })),
};

/** Every widget's state spec, by component name (loads every widget module). */
export async function loadWidgetStates(): Promise<Record<string, StateSpec<Schema>>> {
  const loaded = await Promise.all(Object.entries(WIDGETS).map(async ([name, load]) => [name, (await load()).state] as const));
  return Object.fromEntries(loaded);
}
