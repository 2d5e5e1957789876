/**
 * The error-against-h curves, computed in the browser after the page is up. They take about
 * 4,600 loss evaluations (100–200 ms in Node), too long to block hydration, and they do not
 * depend on the widget's state, so they are computed once, in slices of a few milliseconds
 * with a turn of the event loop between slices (the worker layer's runSliced, run here on
 * the main thread), and cached for the page. null until then (and on the server).
 */
import { useEffect, useState } from 'react';
import { runSliced } from '../../worker/runner';
import { checkProblem, curveCache } from './checkProblem';
import { type ErrorCurves, errorCurveSteps } from './numericalGradient';

export function useErrorCurves(): ErrorCurves | null {
  const [curves, setCurves] = useState<ErrorCurves | null>(null);
  useEffect(() => {
    if (curveCache.curves) {
      setCurves(curveCache.curves);
      return;
    }
    let cancelled = false;
    void runSliced(errorCurveSteps(checkProblem()), { sliceMs: 6, isCancelled: () => cancelled }).then((r) => {
      if (r.cancelled) return;
      curveCache.curves = r.value;
      setCurves(r.value);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return curves;
}
