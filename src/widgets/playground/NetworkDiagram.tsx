/**
 * The network as TensorFlow Playground draws it, on one canvas so it scales to 6 × 32: a column
 * per layer (the input features, each hidden layer, the output), each neuron a small picture of
 * its output over the input box (blue negative, orange positive, scaled per neuron), and every
 * weight an edge, orange for positive and blue for negative, thicker and darker for larger |w|
 * (relative to its layer's largest). Thumbnails shrink as a layer widens; a network wider than
 * the frame scrolls inside its own box. Redrawn only when a new chunk lands.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { pixelImage, ScrollBox, sizeBacking } from '../kit';
import { featurize, type Feature, gridPoints } from '../../worker/tasks/playgroundData';
import { layerSizes, type NetworkConfig, weightOffsets } from '../../worker/tasks/playgroundNet';
import { paintNeuron, paintOutput } from './colors';
import { NEURON_GRID } from './playgroundConfig';

/** The diagram's height in CSS pixels: fixed, so the widget does not jump as layers change. */
export const DIAGRAM_HEIGHT = 300;
const COLUMN = 92, PAD = 10, MAX_THUMB = 40;

const FEATURE_NAMES: Readonly<Record<Feature, string>> = { x1: 'x₁', x2: 'x₂', x1sq: 'x₁²', x2sq: 'x₂²', x1x2: 'x₁x₂', sinx1: 'sin πx₁', sinx2: 'sin πx₂' };

export interface NetworkDiagramProps {
  readonly network: NetworkConfig;
  readonly weights: Float64Array | null;
  /** Hidden neurons' outputs on the NEURON_GRID grid (the task's `neurons`). */
  readonly neurons: Float64Array | null;
  readonly output: Float64Array | null;
  readonly outputSide: number;
  readonly label: string;
}

interface Node { readonly x: number; readonly y: number; readonly size: number }

/** Node positions, column by column: centred, thumbnails as large as the column's count allows. */
export function layout(sizes: readonly number[]): Node[][] {
  return sizes.map((n, l) => {
    const count = l === sizes.length - 1 ? 1 : n; // the output is one picture, whatever the classes
    const room = (DIAGRAM_HEIGHT - 2 * PAD) / count;
    const size = Math.max(4, Math.min(MAX_THUMB, Math.floor(room * 0.8)));
    const top = (DIAGRAM_HEIGHT - room * count) / 2;
    return Array.from({ length: count }, (_, j) => ({ x: PAD + l * COLUMN + (COLUMN - 2 * PAD - MAX_THUMB) / 2 + (MAX_THUMB - size) / 2, y: top + room * j + (room - size) / 2, size }));
  });
}

export const NetworkDiagram = memo(function NetworkDiagram({ network, weights, neurons, output, outputSide, label }: NetworkDiagramProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const sizes = layerSizes(network);
  const shape = sizes.join(',');
  const nodes = useMemo(() => layout(shape.split(',').map(Number)), [shape]);
  const width = PAD * 2 + sizes.length * COLUMN - 2 * PAD;
  // Input features over the box: fixed pictures, computed once per feature list.
  const inputs = useMemo(() => {
    const cells = NEURON_GRID * NEURON_GRID;
    const f = featurize(gridPoints(NEURON_GRID), cells, network.features);
    const d = network.features.length, out = new Float64Array(d * cells);
    for (let k = 0; k < d; k++) for (let c = 0; c < cells; c++) out[k * cells + c] = f[c * d + k];
    return out;
  }, [network.features]);

  // The input features' pictures never change with training: painted once per feature list.
  const inputPixels = useMemo(() => {
    const cells = NEURON_GRID * NEURON_GRID, d = network.features.length;
    const out = new Uint8ClampedArray(d * cells * 4);
    for (let k = 0; k < d; k++) paintNeuron(inputs, k * cells, NEURON_GRID, out.subarray(k * cells * 4, (k + 1) * cells * 4));
    return out;
  }, [inputs, network.features.length]);

  useEffect(() => {
    const canvas = ref.current, ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    sizeBacking(canvas, width * dpr, DIAGRAM_HEIGHT * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, DIAGRAM_HEIGHT);

    // Edges first, under the pictures.
    if (weights) {
      weightOffsets(network).forEach((s, l) => {
        const from = nodes[l], to = nodes[l + 1];
        let max = 1e-12;
        for (let i = 0; i < s.inputs * s.outputs; i++) max = Math.max(max, Math.abs(weights[s.W + i]));
        for (let k = 0; k < s.inputs; k++) {
          for (let j = 0; j < s.outputs; j++) {
            const w = weights[s.W + k * s.outputs + j], t = Math.abs(w) / max;
            if (!Number.isFinite(t) || t < 0.02) continue;
            const a = from[k], b = to[Math.min(j, to.length - 1)];
            ctx.strokeStyle = w > 0 ? `rgba(217, 119, 6, ${0.15 + 0.75 * t})` : `rgba(37, 99, 235, ${0.15 + 0.75 * t})`;
            ctx.lineWidth = 0.5 + 3 * t;
            ctx.beginPath();
            ctx.moveTo(a.x + a.size, a.y + a.size / 2);
            ctx.lineTo(b.x, b.y + b.size / 2);
            ctx.stroke();
          }
        }
      });
    }

    // Pictures: the inputs' and every hidden neuron's, stacked in one atlas image `side` wide
    // (one upload; each picture's rows are contiguous, so each is one subarray), then each drawn
    // at its node; the output's at its own resolution.
    const side = NEURON_GRID, cells = side * side, d = network.features.length;
    const pictured = neurons ? d + neurons.length / cells : d;
    const atlas = new Uint8ClampedArray(pictured * cells * 4);
    atlas.set(inputPixels);
    if (neurons) for (let u = d; u < pictured; u++) paintNeuron(neurons, (u - d) * cells, side, atlas.subarray(u * cells * 4, (u + 1) * cells * 4));
    const frame = (node: Node) => {
      ctx.strokeStyle = 'rgba(90, 100, 114, 0.9)';
      ctx.lineWidth = 1;
      ctx.strokeRect(node.x + 0.5, node.y + 0.5, node.size - 1, node.size - 1);
    };
    ctx.imageSmoothingEnabled = false;
    const image = pixelImage(atlas, side, side * pictured);
    let picture = 0;
    for (let l = 0; l < nodes.length - 1; l++) {
      for (const node of nodes[l]) {
        if (image && picture < pictured) ctx.drawImage(image, 0, picture * side, side, side, node.x, node.y, node.size, node.size);
        if (l === 0 || neurons) frame(node);
        picture++;
      }
    }
    const last = nodes[nodes.length - 1][0];
    const outputImage = output ? pixelImage(paintOutput(output, outputSide, network.outputs, network.regression), outputSide, outputSide) : null;
    if (outputImage) {
      ctx.drawImage(outputImage, last.x, last.y, last.size, last.size);
      frame(last);
    }
  }, [network, nodes, width, weights, neurons, output, outputSide, inputPixels]);

  return (
    <ScrollBox label="Network diagram">
      <div style={{ position: 'relative', width, height: DIAGRAM_HEIGHT + 20 }}>
        <canvas ref={ref} role="img" aria-label={label} style={{ display: 'block', width, height: DIAGRAM_HEIGHT }} />
        {sizes.map((n, l) => (
          <span key={l} aria-hidden="true" style={{ position: 'absolute', left: PAD + l * COLUMN - PAD, width: COLUMN, top: DIAGRAM_HEIGHT, textAlign: 'center', fontSize: 12 }}>
            {l === 0 ? 'inputs' : l === sizes.length - 1 ? 'output' : `${n} ${n === 1 ? 'neuron' : 'neurons'}`}
          </span>
        ))}
        {nodes[0].map((node, k) => (
          <span key={`f${k}`} aria-hidden="true" style={{ position: 'absolute', left: 0, top: node.y + node.size / 2 - 8, fontSize: 11, lineHeight: '16px' }}>
            {FEATURE_NAMES[network.features[k]]}
          </span>
        ))}
      </div>
    </ScrollBox>
  );
});
