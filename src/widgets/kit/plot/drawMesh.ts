/**
 * Paints a mesh (meshGeometry.ts) seen from a yaw and a pitch onto a 2-D canvas context, with
 * the painter's algorithm: the box's back panes first, then every face and every overlay (a
 * point, a segment, an arrow) sorted by depth, farthest first, then the axis labels. Faces are
 * coloured by their ladder position and shaded by a light that sits above-left of the eye, so
 * the shape reads at any angle. All colours arrive resolved (rgb text): canvas cannot read var().
 */
import type { Mesh } from './meshGeometry';
import { type Camera, type Insets, type Mat3, type Vec3, depthOrder, fitCamera, project, projectAll, rotate, viewRotation } from './projection3d';

/** A marker on the surface: at (x, y) and height of `value`. */
export interface MeshMarker {
  x: number;
  y: number;
  /** f(x, y): its ladder position gives the height. */
  value: number;
  color: string;
  /** Outline colour (default: near-white). */
  edge?: string;
  shape?: 'circle' | 'diamond' | 'triangle';
  /** Radius in CSS pixels (default 5). */
  radius?: number;
  /** A dashed line down to the floor, so the height reads against the box. */
  stem?: boolean;
}

/** A straight piece on the surface from (x0, y0, v0) to (x1, y1, v1), optionally an arrow. */
export interface MeshSegment {
  x0: number;
  y0: number;
  v0: number;
  x1: number;
  y1: number;
  v1: number;
  color: string;
  /** Line width in CSS pixels (default 2). */
  width?: number;
  /** An arrowhead at (x1, y1). */
  arrow?: boolean;
  /** A wider line under it in this colour, for contrast on any face colour. */
  halo?: string;
}

export interface AxisTick {
  /** Data value along x or y; for z, the ladder position t ∈ [0, 1]. */
  at: number;
  label: string;
}

export interface MeshStyle {
  fg: string;
  muted: string;
  border: string;
  pane: string;
  font: string;
}

/** How faces are painted, built once per mesh (meshPaint) and reused by every frame. */
export interface MeshPaint {
  /** Index into the colour ramp (0 … 255) per face. */
  faceColor: Uint8Array;
  /** The colour ramp, RGBA bytes (colorRamp.ts). */
  ramp: Uint8ClampedArray;
  /** Fill and outline colour strings by ramp index and shading step, made as first needed. */
  styles: (string | undefined)[];
  /** Per-frame buffers: projected vertices and their depths. */
  screen: Float64Array;
  depth: Float64Array;
}

/** Shading steps: fine enough that neighbouring faces never show a step, few enough to cache. */
const SHADE_STEPS = 64;
const SHADE_MIN = 0.45;

/** Paint for a mesh: each face's ramp index from its colour position t ∈ [0, 1] (colorT). */
export function meshPaint(mesh: Mesh, ramp: Uint8ClampedArray, colorT: (faceT: number) => number): MeshPaint {
  const faceColor = new Uint8Array(mesh.faceCount);
  const top = ramp.length / 4 - 1;
  for (let f = 0; f < mesh.faceCount; f++) {
    const t = colorT(mesh.faceT[f]);
    faceColor[f] = Math.round((Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0) * top);
  }
  const n = mesh.nx * mesh.ny;
  return { faceColor, ramp, styles: new Array(2 * (top + 1) * SHADE_STEPS), screen: new Float64Array(2 * n), depth: new Float64Array(n) };
}

/** The fill (outline = false) or the slightly darker outline colour of ramp entry k at a shade. */
function faceStyle(paint: MeshPaint, k: number, shadeFactor: number, outline: boolean): string {
  const step = Math.round(((shadeFactor - SHADE_MIN) / (1 - SHADE_MIN)) * (SHADE_STEPS - 1));
  const key = 2 * (k * SHADE_STEPS + step) + (outline ? 1 : 0);
  const hit = paint.styles[key];
  if (hit) return hit;
  const f = (SHADE_MIN + (step / (SHADE_STEPS - 1)) * (1 - SHADE_MIN)) * (outline ? 0.86 : 1);
  const { ramp } = paint;
  const style = `rgb(${Math.round(ramp[4 * k] * f)},${Math.round(ramp[4 * k + 1] * f)},${Math.round(ramp[4 * k + 2] * f)})`;
  paint.styles[key] = style;
  return style;
}

export interface MeshScene {
  mesh: Mesh;
  /** Face colours (faces whose faceT is NaN are skipped). */
  paint: MeshPaint;
  /** Value → ladder position (heights of overlays). */
  toT: (v: number) => number;
  /** The data window the mesh covers. */
  window: { x: readonly [number, number]; y: readonly [number, number] };
  ticks: { x: readonly AxisTick[]; y: readonly AxisTick[]; z: readonly AxisTick[] };
  titles: { x?: string; y?: string; z?: string };
  markers: readonly MeshMarker[];
  segments: readonly MeshSegment[];
  style: MeshStyle;
}

export interface MeshView {
  yaw: number;
  pitch: number;
  /** CSS pixel size of the drawing. */
  width: number;
  height: number;
  /** Scale, centre and perspective (cameraFor). */
  camera: Camera;
}

/** Space kept free around the box for tick labels and titles, in CSS pixels (heights on the left). */
export const LABEL_INSETS: Insets = { top: 24, right: 18, bottom: 30, left: 52 };

/** Where the light comes from, in view coordinates (right, up, depth): above, left, in front. */
const LIGHT: Vec3 = (() => {
  const l: Vec3 = [-0.35, 0.55, -0.76];
  const n = Math.hypot(...l);
  return [l[0] / n, l[1] / n, l[2] / n];
})();

/** The camera for a drawing of this size: the box fits at every angle (see fitCamera). */
export function cameraFor(mesh: Mesh, width: number, height: number, distance: number): Camera {
  return fitCamera(mesh.box.half, width, height, LABEL_INSETS, distance);
}

/**
 * Face shading factor in [SHADE_MIN, 1] = [0.45, 1]: two-sided Lambert plus an ambient floor. A face turned to
 * the eye gets about 0.87, so seen from straight above the colours stay close to the contour
 * map's.
 */
export function shade(m: Mat3, normals: Float64Array, face: number): number {
  const n = rotate(m, [normals[3 * face], normals[3 * face + 1], normals[3 * face + 2]]);
  const d = Math.abs(n[0] * LIGHT[0] + n[1] * LIGHT[1] + n[2] * LIGHT[2]);
  return SHADE_MIN + (1 - SHADE_MIN) * d;
}

interface Overlay {
  depth: number;
  draw: (ctx: CanvasRenderingContext2D) => void;
}

/** Draws the scene at one view (a few milliseconds for a 40 × 40 mesh). */
export function drawMesh(ctx: CanvasRenderingContext2D, scene: MeshScene, view: MeshView): void {
  const { mesh } = scene;
  const m = viewRotation(view.yaw, view.pitch);
  const { camera } = view;
  const { half, toWorld } = mesh.box;
  const [bx, by, bz] = half;
  const P = (p: Vec3): Vec3 => project(m, camera, p);

  ctx.clearRect(0, 0, view.width, view.height);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';

  // 1. The panes behind the surface: the floor and the two walls that face the eye.
  drawPanes(ctx, m, P, half, scene, toWorld);

  // 2. Faces and overlays, far to near.
  const { paint } = scene;
  const { screen, depth: vdepth } = paint;
  projectAll(m, camera, mesh.xyz, screen, vdepth);
  const overlays = buildOverlays(scene, m, P);
  const F = mesh.faceCount;
  const keys = new Float64Array(F + overlays.length);
  const row = mesh.nx - 1;
  for (let f = 0; f < F; f++) {
    const i = f % row, j = (f - i) / row;
    const a = j * mesh.nx + i;
    keys[f] = (vdepth[a] + vdepth[a + 1] + vdepth[a + mesh.nx] + vdepth[a + mesh.nx + 1]) / 4;
  }
  overlays.forEach((o, k) => (keys[F + k] = o.depth));
  const order = depthOrder(keys);
  ctx.lineWidth = 0.7;
  for (let q = 0; q < order.length; q++) {
    const f = order[q];
    if (f >= F) {
      overlays[f - F].draw(ctx);
      continue;
    }
    if (Number.isNaN(keys[f]) || Number.isNaN(mesh.faceT[f])) continue;
    const i = f % row, j = (f - i) / row;
    const a = j * mesh.nx + i, b = a + 1, c = a + mesh.nx + 1, d = a + mesh.nx;
    const s = shade(m, mesh.normals, f);
    const k = paint.faceColor[f];
    ctx.beginPath();
    ctx.moveTo(screen[2 * a], screen[2 * a + 1]);
    ctx.lineTo(screen[2 * b], screen[2 * b + 1]);
    ctx.lineTo(screen[2 * c], screen[2 * c + 1]);
    ctx.lineTo(screen[2 * d], screen[2 * d + 1]);
    ctx.closePath();
    ctx.fillStyle = faceStyle(paint, k, s, false);
    ctx.fill();
    // A slightly darker outline: hides the hairline seams between faces and draws the mesh.
    ctx.strokeStyle = faceStyle(paint, k, s, true);
    ctx.stroke();
  }

  // 3. Labels last, so no face hides them.
  drawLabels(ctx, m, P, [bx, by, bz], scene);
}

/** Which side of the box is nearer the eye along x and along y (+1 or −1). */
function nearSides(m: Mat3): [sx: number, sy: number] {
  // depth of (±1, 0, 0) is ±m[6]; of (0, ±1, 0) is ±m[7]. Nearer = smaller depth.
  return [m[6] > 0 ? -1 : 1, m[7] > 0 ? -1 : 1];
}

function polygon(ctx: CanvasRenderingContext2D, pts: readonly Vec3[]): void {
  ctx.beginPath();
  pts.forEach((p, k) => (k === 0 ? ctx.moveTo(p[0], p[1]) : ctx.lineTo(p[0], p[1])));
  ctx.closePath();
}

function line(ctx: CanvasRenderingContext2D, a: Vec3, b: Vec3): void {
  ctx.beginPath();
  ctx.moveTo(a[0], a[1]);
  ctx.lineTo(b[0], b[1]);
  ctx.stroke();
}

function drawPanes(ctx: CanvasRenderingContext2D, m: Mat3, P: (p: Vec3) => Vec3, half: Vec3, scene: MeshScene, toWorld: Mesh['box']['toWorld']): void {
  const [bx, by, bz] = half;
  const { style, ticks } = scene;
  const [nx, ny] = nearSides(m);
  const fx = -nx * bx, fy = -ny * by; // the far sides: where the walls stand
  const floor = [P([-bx, -by, -bz]), P([bx, -by, -bz]), P([bx, by, -bz]), P([-bx, by, -bz])];
  const wallX = [P([fx, -by, -bz]), P([fx, by, -bz]), P([fx, by, bz]), P([fx, -by, bz])];
  const wallY = [P([-bx, fy, -bz]), P([bx, fy, -bz]), P([bx, fy, bz]), P([-bx, fy, bz])];
  // Walls seen edge-on (looking straight down) are skipped: they would be lines.
  const upright = Math.abs(m[8]) < 0.985;

  ctx.save();
  ctx.fillStyle = style.pane;
  ctx.globalAlpha = 0.55;
  polygon(ctx, floor);
  ctx.fill();
  if (upright) {
    polygon(ctx, wallX);
    ctx.fill();
    polygon(ctx, wallY);
    ctx.fill();
  }
  ctx.globalAlpha = 1;

  // Grid lines at the ticks: x and y on the floor (and up the walls), heights on the walls.
  ctx.strokeStyle = style.border;
  ctx.lineWidth = 0.75;
  for (const t of ticks.x) {
    const wx = toWorld(t.at, 0, 0)[0];
    line(ctx, P([wx, -by, -bz]), P([wx, by, -bz]));
    if (upright) line(ctx, P([wx, fy, -bz]), P([wx, fy, bz]));
  }
  for (const t of ticks.y) {
    const wy = toWorld(0, t.at, 0)[1];
    line(ctx, P([-bx, wy, -bz]), P([bx, wy, -bz]));
    if (upright) line(ctx, P([fx, wy, -bz]), P([fx, wy, bz]));
  }
  if (upright) {
    for (const t of ticks.z) {
      const wz = (2 * t.at - 1) * bz;
      line(ctx, P([fx, -by, wz]), P([fx, by, wz]));
      line(ctx, P([-bx, fy, wz]), P([bx, fy, wz]));
    }
  }
  ctx.strokeStyle = style.muted;
  ctx.lineWidth = 1;
  polygon(ctx, floor);
  ctx.stroke();
  if (upright) {
    polygon(ctx, wallX);
    ctx.stroke();
    polygon(ctx, wallY);
    ctx.stroke();
  }
  ctx.restore();
}

function buildOverlays(scene: MeshScene, m: Mat3, P: (p: Vec3) => Vec3): Overlay[] {
  const { toWorld } = scene.mesh.box;
  const bz = scene.mesh.box.half[2];
  const lift = 0.012; // world units above the surface, so a mark is not buried in its own face
  const inWindow = (x: number, y: number) =>
    x >= scene.window.x[0] && x <= scene.window.x[1] && y >= scene.window.y[0] && y <= scene.window.y[1];
  const height = (v: number): number => {
    const t = scene.toT(v);
    return Number.isFinite(t) ? t : NaN;
  };
  const out: Overlay[] = [];
  // Overlays sit on faces of about their own depth; drawing them a little "nearer" puts them
  // over the face they lie on and under anything truly in front.
  const bias = 0.03;

  for (const s of scene.segments) {
    const t0 = height(s.v0), t1 = height(s.v1);
    if (Number.isNaN(t0) || Number.isNaN(t1) || !inWindow(s.x0, s.y0) || !inWindow(s.x1, s.y1)) continue;
    const w0 = toWorld(s.x0, s.y0, t0), w1 = toWorld(s.x1, s.y1, t1);
    w0[2] += lift;
    w1[2] += lift;
    const a = P(w0), b = P(w1);
    out.push({
      depth: (rotate(m, w0)[2] + rotate(m, w1)[2]) / 2 - bias,
      draw: (ctx) => drawSegment(ctx, a, b, s),
    });
  }

  for (const mk of scene.markers) {
    const t = height(mk.value);
    if (Number.isNaN(t) || !inWindow(mk.x, mk.y)) continue;
    const w = toWorld(mk.x, mk.y, t);
    w[2] += lift;
    const p = P(w);
    const foot = mk.stem ? P([w[0], w[1], -bz]) : null;
    out.push({
      depth: rotate(m, w)[2] - 2 * bias,
      draw: (ctx) => drawMarker(ctx, p, foot, mk, scene.style),
    });
  }
  return out;
}

function drawSegment(ctx: CanvasRenderingContext2D, a: Vec3, b: Vec3, s: MeshSegment): void {
  const width = s.width ?? 2;
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const head = s.arrow ? Math.min(7, 0.45 * len + 2) : 0;
  const ux = len > 0 ? (b[0] - a[0]) / len : 0, uy = len > 0 ? (b[1] - a[1]) / len : 0;
  const stemEnd: Vec3 = [b[0] - ux * head * 0.8, b[1] - uy * head * 0.8, b[2]];
  const path = (w: number, colour: string) => {
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = w;
    line(ctx, a, s.arrow ? stemEnd : b);
    if (s.arrow && len > 0.5) {
      ctx.beginPath();
      ctx.moveTo(b[0], b[1]);
      ctx.lineTo(b[0] - ux * head - uy * head * 0.55, b[1] - uy * head + ux * head * 0.55);
      ctx.lineTo(b[0] - ux * head + uy * head * 0.55, b[1] - uy * head - ux * head * 0.55);
      ctx.closePath();
      ctx.fill();
      if (w > width) ctx.stroke();
    }
  };
  ctx.save();
  if (s.halo) path(width + 2, s.halo);
  path(width, s.color);
  ctx.restore();
}

function drawMarker(ctx: CanvasRenderingContext2D, p: Vec3, foot: Vec3 | null, mk: MeshMarker, style: MeshStyle): void {
  const r = mk.radius ?? 5;
  ctx.save();
  if (foot) {
    ctx.strokeStyle = style.fg;
    ctx.lineWidth = 1.25;
    ctx.setLineDash([3, 3]);
    line(ctx, p, foot);
    ctx.setLineDash([]);
    ctx.fillStyle = style.fg;
    ctx.beginPath();
    ctx.arc(foot[0], foot[1], 2, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.beginPath();
  if (mk.shape === 'diamond') {
    ctx.moveTo(p[0], p[1] - r * 1.2);
    ctx.lineTo(p[0] + r * 1.2, p[1]);
    ctx.lineTo(p[0], p[1] + r * 1.2);
    ctx.lineTo(p[0] - r * 1.2, p[1]);
    ctx.closePath();
  } else if (mk.shape === 'triangle') {
    ctx.moveTo(p[0], p[1] - r * 1.25);
    ctx.lineTo(p[0] + r * 1.15, p[1] + r * 0.8);
    ctx.lineTo(p[0] - r * 1.15, p[1] + r * 0.8);
    ctx.closePath();
  } else {
    ctx.arc(p[0], p[1], r, 0, 2 * Math.PI);
  }
  ctx.fillStyle = mk.color;
  ctx.fill();
  ctx.strokeStyle = mk.edge ?? 'rgba(255,255,255,0.9)';
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.restore();
}

export interface Label {
  x: number;
  y: number;
  text: string;
  align: CanvasTextAlign;
  color: string;
  /** Lower goes first; a label that would overlap one already placed is left out. */
  priority: number;
  /** A height label: the height labels' column, top to bottom, is theirs alone. */
  height?: boolean;
}

/** The part of a canvas context labels need (a test can fake it). */
export interface LabelContext {
  measureText(text: string): { width: number };
  fillText(text: string, x: number, y: number): void;
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  textAlign: CanvasTextAlign;
}

/**
 * Draws labels in priority order, skipping any that would overlap one already drawn. The height
 * labels go first, and the strip they span is kept clear: an x or y tick beside them (a "2"
 * under "2500") would read as a height.
 */
/** How far right of the height labels their strip reaches, px (the 6 px gap to the edge, and more). */
const STRIP_MARGIN = 14;

export function placeLabels(ctx: LabelContext, labels: readonly Label[]): void {
  type Box = [number, number, number, number];
  const placed: Box[] = [];
  const pad = 3, h = 13;
  const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
  const place = (l: Label, blocked: Box | null): Box | null => {
    const w = ctx.measureText(l.text).width;
    const x0 = l.align === 'left' ? l.x : l.align === 'right' ? l.x - w : l.x - w / 2;
    const box: Box = [x0 - pad, l.y - h / 2 - pad, x0 + w + pad, l.y + h / 2 + pad];
    if (placed.some((p) => overlaps(box, p)) || (blocked && overlaps(box, blocked))) return null;
    placed.push(box);
    ctx.fillStyle = l.color;
    ctx.textAlign = l.align;
    ctx.fillText(l.text, l.x, l.y);
    return box;
  };
  const byPriority = [...labels].sort((a, b) => a.priority - b.priority);
  const column = byPriority
    .filter((l) => l.height)
    .map((l) => place(l, null))
    .filter((b): b is Box => b !== null);
  const strip: Box | null =
    column.length === 0
      ? null
      : // out to the box's edge and a little past it, where a lifted tick would otherwise sit
        [Math.min(...column.map((b) => b[0])), Math.min(...column.map((b) => b[1])), Math.max(...column.map((b) => b[2])) + STRIP_MARGIN, Math.max(...column.map((b) => b[3]))];
  for (const l of byPriority) if (!l.height) place(l, strip);
}

function drawLabels(ctx: CanvasRenderingContext2D, m: Mat3, P: (p: Vec3) => Vec3, half: Vec3, scene: MeshScene): void {
  const [bx, by, bz] = half;
  const { ticks, titles, style } = scene;
  const { toWorld } = scene.mesh.box;
  const [nx, ny] = nearSides(m);
  const centre = P([0, 0, 0]);
  const labels: Label[] = [];

  // Text pushed away from the floor's centre, in screen space, so it clears the edge.
  const outward = (p: Vec3, away: number, text: string, color: string, priority: number) => {
    const dx = p[0] - centre[0], dy = p[1] - centre[1];
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    labels.push({ x: p[0] + ux * away, y: p[1] + (dy / len) * away, text, align: Math.abs(ux) < 0.35 ? 'center' : ux > 0 ? 'left' : 'right', color, priority });
  };
  // Ends of an axis first, then the ticks between.
  const rank = (k: number, n: number) => (k === 0 || k === n - 1 ? 1 : 2);

  const edgeY = ny * by, edgeX = nx * bx;
  const flat = Math.abs(m[8]) > 0.985; // looking straight down: no height axis

  // Heights first (they have least room), on the vertical edge at the far corner that is
  // leftmost on screen.
  if (!flat) {
    const corners: Vec3[] = [
      [-nx * bx, ny * by, 0],
      [nx * bx, -ny * by, 0],
    ];
    const left = corners.map((c) => ({ c, p: P([c[0], c[1], -bz]) })).sort((a, b) => a.p[0] - b.p[0])[0].c;
    ticks.z.forEach((t, k) => {
      const p = P([left[0], left[1], (2 * t.at - 1) * bz]);
      labels.push({ x: p[0] - 6, y: p[1], text: t.label, align: 'right', color: style.muted, priority: rank(k, ticks.z.length), height: true });
    });
    if (titles.z) {
      const top = P([left[0], left[1], bz]);
      labels.push({ x: top[0], y: top[1] - 26, text: titles.z, align: 'center', color: style.fg, priority: 0, height: true });
    }
  }

  // x ticks along the near y edge, y ticks along the near x edge: at the floor's front sides,
  // or the top's when those stick out further (looking down in perspective, the top rim is
  // the outline and floor labels would sit on the surface).
  const rim = (x: number, y: number): Vec3 => {
    const floor = P([x, y, -bz]), top = P([x, y, bz]);
    const out = (p: Vec3) => Math.hypot(p[0] - centre[0], p[1] - centre[1]);
    return out(top) > out(floor) ? top : floor;
  };
  ticks.x.forEach((t, k) => outward(rim(toWorld(t.at, 0, 0)[0], edgeY), 10, t.label, style.muted, rank(k, ticks.x.length)));
  ticks.y.forEach((t, k) => outward(rim(edgeX, toWorld(0, t.at, 0)[1]), 10, t.label, style.muted, rank(k, ticks.y.length)));
  if (titles.x) outward(rim(0, edgeY), 30, titles.x, style.fg, 0);
  if (titles.y) outward(rim(edgeX, 0), 30, titles.y, style.fg, 0);
  ctx.save();
  ctx.font = `12px ${style.font}`;
  ctx.textBaseline = 'middle';
  placeLabels(ctx, labels);
  ctx.restore();
}
