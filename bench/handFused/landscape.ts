/**
 * The yardstick for W5: L(W + a·D1 + b·D2) over a grid, forward only, by hand. The weight
 * vector of each point is formed exactly as the core's slice2d forms it (row = W + b·D2, then
 * w = row + a·D1) so the two grids agree bit for bit.
 */
import { forwardLoss, type MlpShape, mlpParamCount, type RowBuffers, rowBuffers } from './mlp';

export interface GridRange {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

const at = (r: GridRange, i: number): number => r.from + ((r.to - r.from) * i) / (r.count - 1);

export class HandFusedLandscape {
  private readonly s: MlpShape;
  private readonly center: Float64Array;
  private readonly d1: Float64Array;
  private readonly d2: Float64Array;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly n: number;
  private readonly row: Float64Array;
  private readonly w: Float64Array;
  private readonly buf: RowBuffers;

  constructor(s: MlpShape, center: Float64Array, d1: Float64Array, d2: Float64Array, x: Float64Array, y: Float64Array, n: number) {
    const size = mlpParamCount(s);
    this.s = s;
    this.center = center;
    this.d1 = d1;
    this.d2 = d2;
    this.x = x;
    this.y = y;
    this.n = n;
    this.row = new Float64Array(size);
    this.w = new Float64Array(size);
    this.buf = rowBuffers(s, n); // the whole data set in one pass
  }

  /** Fills out[j·a.count + i] = L(W + aᵢ·D1 + bⱼ·D2). */
  slice(a: GridRange, b: GridRange, out: Float64Array): void {
    const { center, d1, d2, row, w } = this;
    const size = w.length;
    for (let j = 0; j < b.count; j++) {
      const bj = at(b, j);
      for (let k = 0; k < size; k++) row[k] = center[k] + bj * d2[k];
      for (let i = 0; i < a.count; i++) {
        const ai = at(a, i);
        for (let k = 0; k < size; k++) w[k] = row[k] + ai * d1[k];
        out[j * a.count + i] = forwardLoss(this.s, w, this.x, this.y, this.n, this.buf);
      }
    }
  }
}
