/**
 * The widget kit: controls, plots, interaction and layout that every widget is built from.
 * Re-exports only. Folders by role: controls/ (inputs and playback), plot/ (PlotFrame and its
 * layers), interaction/ (draggable things), layout/ (frame, figure, text), hooks/.
 *
 * Not re-exported: layout/Formula, which renders TeX in the browser and so ships KaTeX's
 * JavaScript (~250 kB) to every page that imports it. Chapters typeset their math at build
 * time; import Formula directly only in a widget whose formula changes with its state.
 *
 * Also not re-exported: layout/ComputeNotice and layout/restartNote, the kit's only readers of
 * the worker's status; importing them directly keeps the rest of the kit free of the worker layer.
 */
export * from './controls/Button';
export * from './controls/Slider';
export * from './controls/Select';
export * from './controls/Toggle';
export * from './controls/Playback';
export * from './controls/usePlayback';
export * from './controls/logScale';
export * from './controls/fieldProps';

export * from './plot/plotContext';
export * from './plot/PlotFrame';
export * from './plot/PlotClip';
export * from './plot/Axes';
export * from './plot/LinePlot';
export * from './plot/ScatterPlot';
export * from './plot/ContourPlot';
export * from './plot/ContourCanvas';
export * from './plot/LinesCanvas';
export * from './plot/contours';
export * from './plot/grid';
export * from './plot/HeatmapCanvas';
export * from './plot/canvasImage';
export * from './plot/colorRamp';
export * from './plot/TrajectoryOverlay';
export * from './plot/LossCurve';
export * from './plot/LineLayer';
export * from './plot/Cross';

export * from './interaction/DraggablePoint';
export * from './interaction/useMovable';
export * from './interaction/useTouchDrag';
export * from './interaction/nudge';
export * from './interaction/download';
export * from './interaction/chosenFile';

/** The shared layout classes (row, controlsRow, columns with --column-min, seedText, file, problems). */
export { default as layout } from './layout/layout.module.css';
export * from './layout/WidgetFrame';
export * from './layout/ErrorBoundary';
export * from './layout/Figure';
export * from './layout/VisuallyHidden';
export * from './layout/ScrollBox';
export * from './layout/DataTable';
export * from './layout/DivergenceAlert';
export * from './layout/ProblemList';

export * from './hooks/useSize';
export * from './hooks/useDebouncedValue';
export * from './hooks/useSustained';
export * from './hooks/useNearViewport';
export * from './hooks/usePrefersReducedMotion';
export * from './hooks/useIsomorphicLayoutEffect';

export * from './format';
export * from './theme';

// 3-D surfaces, vector fields and click-to-place (added for the surface explorer)
export * from './plot/projection3d';
export * from './plot/levelLadder';
export * from './plot/meshGeometry';
export * from './plot/SurfaceMesh3D';
export * from './plot/fieldArrows';
export * from './plot/VectorField';
export * from './interaction/ClickLayer';
export * from './hooks/useThemeVersion';
export * from './layout/LazyFormula';
export * from './numberText';
