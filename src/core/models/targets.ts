/**
 * What a model's loss accepts as targets, checked over a whole dataset once (modelProblem does
 * this when it is built): regression values finite, binary targets in [0, 1], multiclass labels
 * whole numbers 0 … K − 1. The loss ops check only the batch they are built with, so that a
 * training loop replaying them does not re-check every target on every step.
 */
import { requireAllFinite } from '../errors';
import { checkLabels, checkProbabilities } from '../ops/losses/labels';
import type { Model } from './model';

export function checkTargets(op: string, model: Model, y: ArrayLike<number>, name: string): void {
  requireAllFinite(op, name, y);
  if (model.task === 'binary') checkProbabilities(op, y, name);
  else if (model.task === 'multiclass') checkLabels(op, y, model.outputs, name);
}
