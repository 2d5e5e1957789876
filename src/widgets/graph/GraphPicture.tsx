/**
 * The recorded graph, leaves on the left and the output on the right: one box per node with
 * its symbol, its value once the forward pass has reached it, and ∂f/∂node once the backward
 * pass has. The node the current step touched is outlined; during the backward pass the edges
 * into it carry the gradient it is sending, drawn in the gradient colour.
 */
import { memo, useId } from 'react';
import { color } from '../kit';
import type { GraphTrace, WalkPosition } from './graphModel';
import { num } from './graphRules';
import styles from './graph.module.css';

export const BOX_W = 92;
export const BOX_H = 58;
const COL = 128;
const ROW = 74;
const PAD = 8;

interface Placed { readonly x: number; readonly y: number }

/** A leaf sits one column before its first use (so a weight stands next to the product it
 *  enters, not across the picture); an operation in the column of its depth. */
function columnsOf(trace: GraphTrace): number[] {
  const firstUse = trace.nodes.map(() => Infinity);
  trace.nodes.forEach((n) => n.inputs.forEach((i) => { firstUse[i] = Math.min(firstUse[i], n.depth); }));
  return trace.nodes.map((n, i) => (n.kind === 'op' || !Number.isFinite(firstUse[i]) ? n.depth : Math.max(0, firstUse[i] - 1)));
}

/** Columns as above; within a column, nodes in forward order, centred vertically. */
export function layoutGraph(trace: GraphTrace): { positions: Placed[]; width: number; height: number } {
  const column = columnsOf(trace);
  const columns = new Map<number, number[]>();
  trace.nodes.forEach((_, i) => columns.set(column[i], [...(columns.get(column[i]) ?? []), i]));
  const rows = Math.max(...[...columns.values()].map((c) => c.length));
  const height = rows * ROW + 2 * PAD;
  const positions: Placed[] = [];
  for (const [depth, members] of columns) {
    const top = (height - members.length * ROW) / 2;
    members.forEach((i, k) => { positions[i] = { x: PAD + depth * COL, y: top + k * ROW + (ROW - BOX_H) / 2 }; });
  }
  const depth = Math.max(...column);
  return { positions, width: depth * COL + BOX_W + 2 * PAD, height };
}

export interface GraphPictureProps {
  readonly trace: GraphTrace;
  readonly at: WalkPosition;
}

export const GraphPicture = memo(function GraphPicture({ trace, at }: GraphPictureProps) {
  const { positions, width, height } = layoutGraph(trace);
  const arrow = `graph-arrow-${useId().replace(/[^a-zA-Z0-9]/g, '')}`; // unique per widget on the page
  const grads = at.frame?.grads;
  const sending = at.phase === 'backward' || at.phase === 'done' ? at.current : null;
  return (
    <svg className={styles.graph} viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', minWidth: Math.round(width * 0.8), maxWidth: Math.round(width * 1.3) }} role="img" aria-label="The computational graph">
      <defs>
        <marker id={arrow} viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" fill={color.muted} />
        </marker>
      </defs>
      {trace.nodes.map((n, i) =>
        n.inputs.map((j, k) => {
          const from = positions[j], to = positions[i];
          const active = sending === i && trace.nodes[j].kind !== 'constant';
          return (
            <line
              key={`${i}-${k}`}
              x1={from.x + BOX_W} y1={from.y + BOX_H / 2} x2={to.x} y2={to.y + BOX_H / 2 + (n.inputs.length > 1 ? (k - 0.5) * 14 : 0)}
              stroke={active ? color.accent2 : color.muted} strokeWidth={active ? 3 : 1.25} markerEnd={`url(#${arrow})`}
            />
          );
        }),
      )}
      {trace.nodes.map((n, i) => {
        const p = positions[i];
        const valueShown = i < at.computed;
        const g = grads?.[i] ?? null;
        const current = at.current === i;
        return (
          <g key={n.id} transform={`translate(${p.x},${p.y})`} data-testid={`graph-node-${n.name}`}>
            <rect
              width={BOX_W} height={BOX_H} rx={n.kind === 'op' ? 10 : 4}
              fill={n.kind === 'constant' ? color.surface : color.bg}
              stroke={current ? color.accent : color.border} strokeWidth={current ? 3 : 1}
            />
            <text x={BOX_W / 2} y={16} textAnchor="middle" className={styles.symbol} fill={color.fg}>
              {n.kind === 'op' ? `${n.name}  ${n.symbol}` : n.symbol}
            </text>
            <text x={BOX_W / 2} y={34} textAnchor="middle" className={styles.value} fill={color.accent}>
              {valueShown ? num(n.value) : '·'}
            </text>
            {n.kind !== 'constant' ? (
              <text x={BOX_W / 2} y={51} textAnchor="middle" className={styles.value} fill={color.accent2}>
                {g === null ? '' : `∂ ${num(g)}`}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
});
