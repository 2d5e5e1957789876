/**
 * The state of "Penalty geometry" (URL keys `penalty.*`): which penalty, its strength λ and,
 * for the elastic net, the share α of L1 in it. The penalty added to the mean squared error is
 *
 *   λ (α Σ|w_j| + ½ (1 − α) Σ w_j²)
 *
 * with α = 0 for L2 and α = 1 for L1 (the core's λ₁ = λα, λ₂ = λ(1 − α)). λ is log-scaled:
 * from 10⁻⁴, where both fits are close to unpenalized, to 1, where L1 has zeroed every
 * coefficient of both pictures. The default λ = 0.015 is the one the chapter's prose describes:
 * there L1 puts w₂ of the two-weight problem exactly at 0 and L2 does not.
 */
import { defineSchema, type StateOf } from '../state/schema';

export const PENALTY_KINDS = ['l2', 'l1', 'elasticNet'] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const PENALTY_LABELS: Readonly<Record<PenaltyKind, string>> = Object.freeze({
  l2: 'L2 (ridge)',
  l1: 'L1 (lasso)',
  elasticNet: 'Elastic net',
});

export const penaltySchema = defineSchema({
  kind: { kind: 'enum', values: PENALTY_KINDS, default: 'l2', label: 'Penalty' },
  lambda: { kind: 'number', min: 1e-4, max: 1, default: 0.015, log: true, label: 'Strength λ' },
  mix: { kind: 'number', min: 0, max: 1, default: 0.5, step: 0.05, label: 'Mix γ (share of L1)' },
});

export type PenaltyState = StateOf<typeof penaltySchema>;
