/**
 * The state of "Softmax and cross-entropy" (URL keys `softmax.*`): the class scores as one list
 * (its length is the number of classes, 2 to 6), the true class, and the loss.
 *
 *   ?softmax.scores=6.5,2,3.3&softmax.truth=cat&softmax.loss=softmax
 *
 * Classes are named by position (cat, dog, lion, …), so a link needs no names; the true class is
 * a name rather than an index because `truth=lion` reads in a link where `truth=2` does not.
 */
import { defineSchema, type StateOf } from '../state/schema';

/** Class names by position: the first three are the chapter's example. */
export const CLASS_NAMES = ['cat', 'dog', 'lion', 'bird', 'fish', 'frog'] as const;
export type ClassName = (typeof CLASS_NAMES)[number];

export const MIN_CLASSES = 2;
export const MAX_CLASSES = CLASS_NAMES.length;
/** Score range of every slider: wide enough to saturate softmax (e^±10), narrow enough to read. */
export const SCORE_RANGE = [-10, 10] as const;
export const SCORE_STEP = 0.1;

export const LOSSES = ['softmax', 'svm'] as const;
export type LossKind = (typeof LOSSES)[number];
export const LOSS_LABELS: Readonly<Record<LossKind, string>> = {
  softmax: 'Softmax cross-entropy',
  svm: 'Multiclass SVM (hinge, Δ = 1)',
};

export const softmaxSchema = defineSchema({
  scores: {
    kind: 'numbers',
    min: SCORE_RANGE[0],
    max: SCORE_RANGE[1],
    minCount: MIN_CLASSES,
    maxCount: MAX_CLASSES,
    default: [6.5, 2, 3.3],
    label: 'Class scores',
  },
  truth: { kind: 'enum', values: CLASS_NAMES, default: 'cat', label: 'True class' },
  loss: { kind: 'enum', values: LOSSES, default: 'softmax', label: 'Loss' },
});

export type SoftmaxState = StateOf<typeof softmaxSchema>;
