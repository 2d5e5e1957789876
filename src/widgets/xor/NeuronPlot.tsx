/**
 * Part 1's picture: the four points, one neuron's line with its two half-planes, and two handles
 * on the line to drag it by (mouse, finger, or arrow keys once focused). Dragging a handle turns
 * the line about the other handle; the line keeps its steepness |w| and its class-1 side turns
 * with it. The dragged handle stays under the pointer: the handles' positions are kept here
 * while they lie on the state's line, and placed afresh when a slider moves the line.
 */
import { useState } from 'react';
import { color, DraggablePoint, PlotFrame } from '../kit';
import type { Vec2 } from '../state/schema';
import { HalfPlanes, XorPoints } from './XorLayers';
import { handlesOnLine, INPUT_EXTENT, lineHandles, lineThrough, type Neuron, XOR_DATA } from './xorModel';

export interface NeuronPlotProps {
  readonly neuron: Neuron;
  readonly right: readonly boolean[];
  readonly onChange: (n: Neuron) => void;
}

const POINTS = XOR_DATA.map((d) => d.x);

export function NeuronPlot({ neuron, right, onChange }: NeuronPlotProps) {
  const [held, setHeld] = useState<readonly [Vec2, Vec2] | null>(null);
  const handles = held && handlesOnLine(neuron, held) ? held : lineHandles(neuron);

  const move = (i: 0 | 1, p: Vec2) => {
    if (!handles) return;
    const other = handles[1 - i];
    const next = lineThrough(i === 0 ? p : other, i === 0 ? other : p, neuron);
    if (!next) return;
    setHeld(i === 0 ? [p, other] : [other, p]);
    onChange(next);
  };

  return (
    <PlotFrame label="The four XOR points and one neuron's decision line" x={INPUT_EXTENT} y={INPUT_EXTENT} xLabel="x₁" yLabel="x₂" aspect={1} maxHeight={420}>
      <HalfPlanes neuron={neuron} label="the neuron's decision line, w·x + b = 0" />
      <XorPoints at={POINTS} right={right} />
      {handles?.map((h, i) => (
        <DraggablePoint
          key={i}
          x={h[0]}
          y={h[1]}
          step={0.02}
          color={color.accent2}
          radius={6}
          label={`Line handle ${i + 1}: drag to turn the line about the other handle`}
          onChange={(x, y) => move(i as 0 | 1, [x, y])}
        />
      ))}
    </PlotFrame>
  );
}
