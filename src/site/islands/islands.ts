/**
 * Every island: a component the page hydrates on its own, while the prose around it stays the
 * static HTML the prerender wrote (its math already typeset). The client fetches an island's
 * module only when the island is about to be seen, so a chapter's first load carries React and
 * this table, not its prose, its widgets or their worker.
 *
 * A name is its module's file name: the prerender links the stylesheets of the islands a page
 * uses by finding that file in Vite's manifest. A widget added later gets an entry here and is
 * then used in a chapter as <NameWidget /> (no import): see islandComponents.tsx.
 */
import type { ReactNode } from 'react';

/**
 * When to hydrate. 'visible': once it is within about a screen of the viewport (widgets: the
 * costly ones). 'idle': soon after load, one per idle slot (small ones a keyboard reader may
 * Tab to anywhere on the page: answer boxes, hints, boxes that scroll sideways).
 */
export type HydrateWhen = 'visible' | 'idle';

export interface IslandSpec<C> {
  readonly when: HydrateWhen;
  readonly load: () => Promise<C>;
}

/** An entry that keeps its component's own type, so islandComponents.tsx can read its props. */
const island = <C extends (props: never) => ReactNode>(when: HydrateWhen, load: () => Promise<C>): IslandSpec<C> => ({ when, load });

export const islands = {
  FitLineWidget: island('visible', () => import('../../widgets/linreg/FitLineWidget').then((m) => m.FitLineWidget)),
  RandomGuessWidget: island('visible', () => import('../../widgets/linreg/RandomGuessWidget').then((m) => m.RandomGuessWidget)),
  MseBowlWidget: island('visible', () => import('../../widgets/linreg/MseBowlWidget').then((m) => m.MseBowlWidget)),
  EditDataWidget: island('visible', () => import('../../widgets/linreg/EditDataWidget').then((m) => m.EditDataWidget)),
  SurfaceExplorerWidget: island('visible', () => import('../../widgets/surfaces/SurfaceExplorerWidget').then((m) => m.SurfaceExplorerWidget)),
  ClassifierSlicesWidget: island('visible', () => import('../../widgets/slices/ClassifierSlicesWidget').then((m) => m.ClassifierSlicesWidget)),
  MlpSlicesWidget: island('visible', () => import('../../widgets/slices/MlpSlicesWidget').then((m) => m.MlpSlicesWidget)),
  InTheDarkWidget: island('visible', () => import('../../widgets/descent/InTheDarkWidget').then((m) => m.InTheDarkWidget)),
  StrategyRaceWidget: island('visible', () => import('../../widgets/strategies/StrategyRaceWidget').then((m) => m.StrategyRaceWidget)),
  GradientCheckWidget: island('visible', () => import('../../widgets/gradients/GradientCheckWidget').then((m) => m.GradientCheckWidget)),
  StepSizeWidget: island('visible', () => import('../../widgets/strategies/StepSizeWidget').then((m) => m.StepSizeWidget)),
  LearningRateWidget: island('visible', () => import('../../widgets/descent/LearningRateWidget').then((m) => m.LearningRateWidget)),
  BatchSizeWidget: island('visible', () => import('../../widgets/batch/BatchSizeWidget').then((m) => m.BatchSizeWidget)),
  MomentumExplorerWidget: island('visible', () => import('../../widgets/momentum/MomentumExplorerWidget').then((m) => m.MomentumExplorerWidget)),
  SchedulesWidget: island('visible', () => import('../../widgets/schedules/SchedulesWidget').then((m) => m.SchedulesWidget)),
  OptimizerRaceWidget: island('visible', () => import('../../widgets/race/OptimizerRaceWidget').then((m) => m.OptimizerRaceWidget)),
  SecondOrderWidget: island('visible', () => import('../../widgets/secondorder/SecondOrderWidget').then((m) => m.SecondOrderWidget)),
  AdaptiveRatesWidget: island('visible', () => import('../../widgets/adaptive/AdaptiveRatesWidget').then((m) => m.AdaptiveRatesWidget)),
  WhichOptimizerWidget: island('visible', () => import('../../widgets/compare/WhichOptimizerWidget').then((m) => m.WhichOptimizerWidget)),
  PenaltyGeometryWidget: island('visible', () => import('../../widgets/penalty/PenaltyGeometryWidget').then((m) => m.PenaltyGeometryWidget)),
  OverfittingWidget: island('visible', () => import('../../widgets/overfit/OverfittingWidget').then((m) => m.OverfittingWidget)),
  HyperparameterSearchWidget: island('visible', () => import('../../widgets/search/HyperparameterSearchWidget').then((m) => m.HyperparameterSearchWidget)),
  DropoutWidget: island('visible', () => import('../../widgets/dropout/DropoutWidget').then((m) => m.DropoutWidget)),
  EnsembleWidget: island('visible', () => import('../../widgets/ensemble/EnsembleWidget').then((m) => m.EnsembleWidget)),
  CrossValidationWidget: island('visible', () => import('../../widgets/cv/CrossValidationWidget').then((m) => m.CrossValidationWidget)),
  BabysittingWidget: island('visible', () => import('../../widgets/babysit/BabysittingWidget').then((m) => m.BabysittingWidget)),
  XorWidget: island('visible', () => import('../../widgets/xor/XorWidget').then((m) => m.XorWidget)),
  NetworkPlaygroundWidget: island('visible', () => import('../../widgets/playground/NetworkPlaygroundWidget').then((m) => m.NetworkPlaygroundWidget)),
  SoftmaxWidget: island('visible', () => import('../../widgets/softmax/SoftmaxWidget').then((m) => m.SoftmaxWidget)),
  GraphStepperWidget: island('visible', () => import('../../widgets/graph/GraphStepperWidget').then((m) => m.GraphStepperWidget)),
  GradientCostWidget: island('visible', () => import('../../widgets/cost/GradientCostWidget').then((m) => m.GradientCostWidget)),
  ActivationsWidget: island('visible', () => import('../../widgets/activations/ActivationsWidget').then((m) => m.ActivationsWidget)),
  ThemeToggle: island('visible', () => import('../theme/ThemeToggle').then((m) => m.ThemeToggle)),
  Answer: island('idle', () => import('../teaching/Answer').then((m) => m.Answer)),
  Hint: island('idle', () => import('../teaching/Hint').then((m) => m.Hint)),
  ScrollBox: island('idle', () => import('../../widgets/kit/layout/ScrollBox').then((m) => m.ScrollBox)),
};

export type IslandName = keyof typeof islands;

export const isIslandName = (name: string): name is IslandName => Object.hasOwn(islands, name);
