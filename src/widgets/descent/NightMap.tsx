/**
 * The landscape at night. The whole surface is painted on a canvas (the kit's HeatmapCanvas),
 * then covered by the night: an SVG rectangle masked out only in a soft-edged disc around the
 * climber. Inside the disc the reader gets what a lamp would show: the ground's colour, its
 * contour lines (sampled on a small grid around the climber, so nothing outside the disc is
 * even computed for them) and an arrow pointing straight downhill, along −∇f. The trail stays
 * drawn in the dark. With the map revealed the night fades away, the contour lines of the
 * whole map appear and the minima are marked (a ring around the lowest).
 *
 * The climber is focusable (announced like the kit's draggable points: a slider whose value
 * text is the position and altitude); the arrow keys walk it. A tap on the map focuses it.
 */
import { interpolateViridis } from '../kit/plot/viridis';
import { type KeyboardEvent, type RefObject, useId, useMemo, useRef } from 'react';
import { type Grid, sampleGrid } from '../../core';
import { ContourPlot, HeatmapCanvas, PlotClip, PlotFrame, usePlot } from '../kit';
import type { Vec2 } from '../state';
import styles from './dark.module.css';
import type { Landscape } from './landscapes';
import { exitParameter } from './viewWindow';
import { currentPoint, type Walk } from './walk';

export interface MapMinimum {
  readonly point: Vec2;
  readonly f: number;
  readonly global: boolean;
}

export interface NightMapProps {
  land: Landscape;
  /** The whole map, sampled (for the heatmap and the revealed contours). */
  grid: Grid;
  /** Contour levels, the same inside the lamp and on the revealed map. */
  levels: readonly number[];
  walk: Walk;
  revealed: boolean;
  minima: readonly MapMinimum[];
  /** A key pressed on the climber; returns whether it was used (then the page does not scroll). */
  onKey: (key: string) => boolean;
  /** The climber's accessible value text: position and altitude. */
  valueText: string;
  /** Slopes up to this count as level ground: the lamp shows no arrow. */
  flat: number;
  /** Accessible name of the whole map. */
  label: string;
}

/** Colour map: viridis without its darkest end, so a lit valley floor reads against the night. */
export const mapColors = (t: number): string => interpolateViridis(0.1 + 0.9 * t);
const lineColor = () => 'var(--dw-map-line, rgba(255, 255, 255, 0.55))';

/** Samples across the lamp's square for its contour lines. */
const LOCAL_SAMPLES = 33;

const clampPx = (v: number) => (Number.isFinite(v) ? Math.max(-1e5, Math.min(1e5, v)) : NaN);

function Darkness({ cx, cy, rx, ry, revealed }: { cx: number; cy: number; rx: number; ry: number; revealed: boolean }) {
  const { inner } = usePlot();
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const maskId = `night${id}`, gradId = `lamp${id}`;
  return (
    <g aria-hidden="true">
      <defs>
        {/* Mask luminance: white keeps the night, black cuts the hole; the gradient softens its edge. */}
        <radialGradient id={gradId}>
          <stop offset="0%" stopColor="black" />
          <stop offset="72%" stopColor="black" />
          <stop offset="100%" stopColor="white" />
        </radialGradient>
        <mask id={maskId} maskUnits="userSpaceOnUse" x={inner.left} y={inner.top} width={inner.width} height={inner.height}>
          <rect x={inner.left} y={inner.top} width={inner.width} height={inner.height} fill="white" />
          {Number.isFinite(cx) && Number.isFinite(cy) && <ellipse cx={cx} cy={cy} rx={rx} ry={ry} fill={`url(#${gradId})`} />}
        </mask>
      </defs>
      <rect className={styles.night} data-revealed={revealed ? '' : undefined} x={inner.left} y={inner.top} width={inner.width} height={inner.height} mask={`url(#${maskId})`} />
    </g>
  );
}

/** Contour lines inside the lamp's disc only. */
function LampContours({ land, at, levels, rx, ry }: { land: Landscape; at: Vec2; levels: readonly number[]; rx: number; ry: number }) {
  const { x, y } = usePlot();
  const clipId = `disc${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const r = land.lampRadius;
  const local = useMemo(
    () => sampleGrid(land.surface, { x: [at[0] - r, at[0] + r], y: [at[1] - r, at[1] + r], nx: LOCAL_SAMPLES, ny: LOCAL_SAMPLES }),
    [land, at[0], at[1], r],
  );
  return (
    <g aria-hidden="true">
      <defs>
        <clipPath id={clipId}>
          <ellipse cx={x(at[0])} cy={y(at[1])} rx={rx} ry={ry} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`} className={styles.localLine}>
        <ContourPlot grid={local} levels={levels} filled={false} interpolator={lineColor} />
      </g>
    </g>
  );
}

/** An arrow from the climber straight downhill (−∇f), 0.7 lamp radii long, or "level". */
function DownhillArrow({ land, at, flat }: { land: Landscape; at: Vec2; flat: number }) {
  const { x, y } = usePlot();
  const [gx, gy] = land.surface.gradient(at[0], at[1]);
  const slope = Math.hypot(gx, gy);
  const x0 = x(at[0]), y0 = y(at[1]);
  if (!(slope > flat)) {
    return (
      <text className={styles.arrowText} x={x0 + 11} y={y0 - 11} aria-hidden="true">
        level
      </text>
    );
  }
  const len = 0.7 * land.lampRadius;
  const x1 = x(at[0] - (len * gx) / slope), y1 = y(at[1] - (len * gy) / slope);
  // The head, in pixels: two barbs 9 px back from the tip, ±28° off the shaft.
  const angle = Math.atan2(y1 - y0, x1 - x0);
  const barb = (s: number) => `${x1 - 9 * Math.cos(angle + s * 0.5)},${y1 - 9 * Math.sin(angle + s * 0.5)}`;
  const head = `M${x1},${y1} L${barb(1)} L${barb(-1)} Z`;
  const shaft = `M${x0},${y0} L${x1 - 6 * Math.cos(angle)},${y1 - 6 * Math.sin(angle)}`;
  return (
    <g aria-hidden="true">
      <path className={styles.arrowHalo} d={shaft} />
      <path className={styles.arrowHalo} d={head} />
      <path className={styles.arrow} d={shaft} />
      <path className={styles.arrow} d={head} />
    </g>
  );
}

function Trail({ walk }: { walk: Walk }) {
  const { x, y } = usePlot();
  const pts = walk.points.map((p) => [clampPx(x(p.x)), clampPx(y(p.y))] as const);
  const segments = walk.points.slice(1).map((p, i) => ({ kind: p.kind, d: `M${pts[i][0]},${pts[i][1]}L${pts[i + 1][0]},${pts[i + 1][1]}` }));
  const ok = (i: number) => Number.isFinite(pts[i][0]) && Number.isFinite(pts[i][1]);
  return (
    <PlotClip>
      <g aria-hidden="true">
        {segments.map((s, i) => (ok(i) && ok(i + 1) ? <path key={`h${i}`} className={styles.trailHalo} d={s.d} /> : null))}
        {segments.map((s, i) => (ok(i) && ok(i + 1) ? <path key={`s${i}`} className={styles.trail} data-kind={s.kind} d={s.d} /> : null))}
        {walk.points.map((p, i) =>
          i > 0 && ok(i) ? <circle key={`d${i}`} className={styles.dot} data-kind={p.kind} cx={pts[i][0]} cy={pts[i][1]} r={2.75} /> : null,
        )}
        {ok(0) && <circle className={styles.startMark} cx={pts[0][0]} cy={pts[0][1]} r={5} />}
      </g>
    </PlotClip>
  );
}

function Minima({ minima }: { minima: readonly MapMinimum[] }) {
  const { x, y } = usePlot();
  const s = 5;
  return (
    <g aria-hidden="true">
      {minima.map((m) => {
        const cx = x(m.point[0]), cy = y(m.point[1]);
        const cross = `M${cx - s},${cy - s}L${cx + s},${cy + s}M${cx - s},${cy + s}L${cx + s},${cy - s}`;
        return (
          <g key={`${m.point[0]},${m.point[1]}`}>
            <path className={styles.minimumHalo} d={cross} />
            <path className={styles.minimum} d={cross} />
            {m.global && <circle className={styles.minimumRing} cx={cx} cy={cy} r={10} />}
          </g>
        );
      })}
    </g>
  );
}

/** Where a lost climber was last seen: its last step, cut where it leaves the map. */
function LostMark({ from, to }: { from: Vec2; to: Vec2 }) {
  const { x, y, xDomain, yDomain } = usePlot();
  const s = exitParameter(from, to, xDomain, yDomain);
  const ex = Number.isFinite(to[0]) ? from[0] + s * (to[0] - from[0]) : from[0];
  const ey = Number.isFinite(to[1]) ? from[1] + s * (to[1] - from[1]) : from[1];
  return (
    <g className={styles.lostMark} transform={`translate(${x(ex).toFixed(2)},${y(ey).toFixed(2)})`} aria-hidden="true">
      <circle r={9} />
      <path d="M-4,-4L4,4M4,-4L-4,4" />
    </g>
  );
}

interface ClimberProps {
  at: Vec2;
  /** Altitude, for aria-valuenow (the value text says it in words). */
  altitude: number;
  range: readonly [number, number];
  lost: boolean;
  onKey: (key: string) => boolean;
  valueText: string;
  climberRef: RefObject<SVGGElement | null>;
}

function Climber({ at, altitude, range, lost, onKey, valueText, climberRef }: ClimberProps) {
  const { x, y } = usePlot();
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (onKey(e.key)) e.preventDefault();
  };
  const now = Math.min(range[1], Math.max(range[0], Number.isFinite(altitude) ? altitude : range[1]));
  return (
    <g
      ref={climberRef}
      className={styles.climber}
      transform={`translate(${x(at[0]).toFixed(2)},${y(at[1]).toFixed(2)})`}
      tabIndex={0}
      role="slider"
      aria-roledescription="climber"
      aria-label="Climber"
      aria-valuetext={valueText}
      aria-valuenow={Number(now.toPrecision(4))}
      aria-valuemin={Number(range[0].toPrecision(4))}
      aria-valuemax={Number(range[1].toPrecision(4))}
      aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Home End PageUp PageDown G"
      data-testid="dark-climber"
      opacity={lost ? 0.45 : 1}
      onKeyDown={onKeyDown}
    >
      <circle className={styles.climberRing} r={12} />
      <circle className={styles.climberDot} r={6.5} />
    </g>
  );
}

export function NightMap({ land, grid, levels, walk, revealed, minima, flat, onKey, valueText, label }: NightMapProps) {
  const climberRef = useRef<SVGGElement>(null);
  const here = currentPoint(walk);
  const lost = walk.lost;
  // The lamp goes with the climber; a lost climber's lamp is off the map.
  const at: Vec2 = lost ? lost.from : [here.x, here.y];
  const aspect = (land.y[1] - land.y[0]) / (land.x[1] - land.x[0]);

  return (
    <div className={styles.mapBox} data-testid="dark-map" data-revealed={revealed ? '' : undefined}>
      <PlotFrame
        label={label}
        x={land.x}
        y={land.y}
        xLabel="x"
        yLabel="y"
        aspect={aspect}
        maxHeight={520}
        underlay={<HeatmapCanvas grid={grid} scale="log" interpolator={mapColors} />}
      >
        <FocusCatcher onFocus={() => climberRef.current?.focus({ preventScroll: true })} />
        <MapLayers land={land} grid={grid} levels={levels} walk={walk} revealed={revealed} minima={minima} flat={flat} at={at} lostFrom={lost ? lost.from : null} lostTo={lost ? lost.to : null} />
        <Climber
          at={at}
          altitude={lost ? land.surface.value(at[0], at[1]) : here.f}
          range={[grid.min, grid.max]}
          lost={lost !== null}
          onKey={onKey}
          valueText={valueText}
          climberRef={climberRef}
        />
      </PlotFrame>
    </div>
  );
}

/** A transparent layer under the climber: a tap on the map focuses the climber, for the keys. */
function FocusCatcher({ onFocus }: { onFocus: () => void }) {
  const { inner } = usePlot();
  return (
    <rect
      className={styles.catcher}
      x={inner.left}
      y={inner.top}
      width={inner.width}
      height={inner.height}
      onPointerDown={(e) => {
        e.preventDefault();
        onFocus();
      }}
      aria-hidden="true"
    />
  );
}

interface MapLayersProps {
  land: Landscape;
  grid: Grid;
  levels: readonly number[];
  walk: Walk;
  revealed: boolean;
  minima: readonly MapMinimum[];
  flat: number;
  at: Vec2;
  lostFrom: Vec2 | null;
  lostTo: Vec2 | null;
}

function MapLayers({ land, grid, levels, walk, revealed, minima, flat, at, lostFrom, lostTo }: MapLayersProps) {
  const { x, y } = usePlot();
  const rx = Math.abs(x(at[0] + land.lampRadius) - x(at[0]));
  const ry = Math.abs(y(at[1] + land.lampRadius) - y(at[1]));
  const cx = x(at[0]), cy = y(at[1]);
  return (
    <g className={styles.passive}>
      {revealed ? <ContourPlot grid={grid} levels={levels} filled={false} interpolator={lineColor} /> : <LampContours land={land} at={at} levels={levels} rx={rx} ry={ry} />}
      <Darkness cx={cx} cy={cy} rx={rx} ry={ry} revealed={revealed} />
      {!revealed && !lostFrom && <ellipse className={styles.rim} cx={cx} cy={cy} rx={rx} ry={ry} aria-hidden="true" />}
      {revealed && <Minima minima={minima} />}
      <Trail walk={walk} />
      {!lostFrom && <DownhillArrow land={land} at={at} flat={flat} />}
      {lostFrom && lostTo && <LostMark from={lostFrom} to={lostTo} />}
    </g>
  );
}
