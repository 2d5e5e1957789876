/** The centres of a side × side grid of cells over the square [lo, hi]², row-major from the
 *  bottom-left corner, as (x₁, x₂) pairs: where the classifier widgets evaluate their networks. */
export function gridPoints(side: number, [lo, hi]: readonly [number, number]): Float64Array {
  const xy = new Float64Array(side * side * 2);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      xy[2 * (r * side + c)] = lo + ((hi - lo) * (c + 0.5)) / side;
      xy[2 * (r * side + c) + 1] = lo + ((hi - lo) * (r + 0.5)) / side;
    }
  }
  return xy;
}
