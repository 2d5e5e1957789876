/**
 * useLayoutEffect in the browser (measure before paint, so a plot never flashes at the wrong
 * size), useEffect on the server, where layout effects never run anyway.
 */
import { useEffect, useLayoutEffect } from 'react';

export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
