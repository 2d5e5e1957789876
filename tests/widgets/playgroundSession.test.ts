/**
 * The playground's page side: the state round trips through its URL, the configuration is built
 * from the state, and the session's play loop (in Node, on the in-process worker) steps, pauses,
 * resets to step 0 with the same first loss, keeps the dropped run on screen (stale) until the
 * new one lands, and stops on divergence.
 */
import { describe, expect, it } from 'vitest';
import { createComputeClient } from '../../src/worker/client';
import { makePlaygroundData } from '../../src/worker/tasks/playgroundData';
import { defaultState, fromQuery, toQuery } from '../../src/widgets/state';
import { gridSideFor, networkOf, trainingOf } from '../../src/widgets/playground/playgroundConfig';
import { playgroundSchema } from '../../src/widgets/playground/playgroundSchema';
import { createSession, type RunSetup } from '../../src/widgets/playground/session';
import { until } from '../worker/playgroundFixtures';

function setupOf(patch: Partial<ReturnType<typeof defaultState<typeof playgroundSchema>>> = {}): RunSetup {
  const s = { ...defaultState(playgroundSchema), ...patch };
  const data = makePlaygroundData({ dataset: s.dataset, noise: s.noise, classes: s.classes, trainShare: s.trainShare, seed: s.dataSeed });
  const network = networkOf(s, data);
  return { network, training: trainingOf(s), points: { trainX: data.train.x, trainY: data.train.y, testX: data.test.x, testY: data.test.y }, seed: s.seed, grid: gridSideFor(network), neuronGrid: 16 };
}


describe('playground state', () => {
  it('round trips through the URL, widths and activations included', () => {
    const s = { ...defaultState(playgroundSchema), dataset: 'spirals' as const, widths: [8, 32, 1], act2: 'relu' as const, seed: 7, lr: 0.3, batchNorm: true };
    const query = toQuery('playground', playgroundSchema, s);
    expect(query).toContain('widths=8');
    const back = fromQuery('playground', playgroundSchema, new URLSearchParams(query));
    expect(back.state).toEqual(s);
  });

  it('builds a network with one activation per layer, and softmax outputs per class', () => {
    const s = { ...defaultState(playgroundSchema), dataset: 'blobs' as const, classes: 4, widths: [3, 5], act1: 'relu' as const };
    const data = makePlaygroundData({ dataset: 'blobs', noise: 0.1, classes: 4, trainShare: 0.5, seed: 1 });
    const n = networkOf(s, data);
    expect(n.activations).toEqual(['relu', 'tanh']);
    expect(n.outputs).toBe(4);
  });
});

describe('playground session', () => {
  it('plays, pauses, steps, and resets to step 0 with the same first loss', async () => {
    const client = createComputeClient();
    const session = createSession(client, setupOf());
    const first = await until(session, (s) => s.latest !== null);
    expect(first.step).toBe(0);
    const loss0 = first.history.train[0];
    session.play();
    const moving = await until(session, (s) => s.step > 50);
    expect(moving.status).toBe('playing');
    session.pause();
    const paused = await until(session, (s) => !s.busy && s.status === 'idle');
    session.step();
    await until(session, (s) => s.step === paused.step + 1);
    expect(session.getSnapshot().history.train.at(-1)).toBeLessThan(loss0);
    session.reset();
    const again = await until(session, (s) => s.latest !== null && s.step === 0);
    expect(again.history.train[0]).toBe(loss0);
    session.dispose();
    client.dispose();
  });

  it('after a change, shows the dropped run (stale) until the first chunk of the new run, which starts over', async () => {
    const client = createComputeClient();
    const session = createSession(client, setupOf());
    await until(session, (s) => s.latest !== null);
    session.play();
    const before = await until(session, (s) => s.step > 20);
    session.pause();
    const next = setupOf({ lr: 0.01 });
    session.configure(next);
    const dropped = session.getSnapshot();
    expect(dropped.stale).toBe(true);
    expect(dropped.latest).not.toBeNull(); // still the old run's pictures, not a blank
    expect(dropped.latestSetup).not.toBe(next);
    expect(dropped.history.steps.length).toBeGreaterThanOrEqual(before.history.steps.length);
    const landed = await until(session, (s) => !s.stale);
    expect(landed.step).toBe(0);
    expect(landed.latestSetup).toBe(next);
    expect(landed.history.steps).toEqual([0]); // a fresh history, not appended to the old one
    session.dispose();
    client.dispose();
  });

  it('a large network draws every other chunk while playing, and the snapshot keeps the last pictures', async () => {
    const client = createComputeClient();
    const setup = { ...setupOf({ widths: [32, 32, 32, 32, 32, 32] }), pictureEvery: 2 };
    const session = createSession(client, setup);
    const first = await until(session, (s) => s.latest !== null);
    const cells = first.latest!.grid ** 2 * setup.network.outputs;
    expect(first.latest!.output.length).toBe(cells);
    const seen: number[] = [];
    const off = session.subscribe(() => { const l = session.getSnapshot().latest; if (l) seen.push(l.output.length); });
    session.play();
    await until(session, (s) => s.step > 30);
    session.pause();
    off();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((n) => n === cells)).toBe(true);
    session.dispose();
    client.dispose();
  });

  it('stops the loop when a run diverges', async () => {
    const client = createComputeClient();
    const session = createSession(client, setupOf({ optimizer: 'adam', lr: 10, act1: 'relu', act2: 'relu' }));
    await until(session, (s) => s.latest !== null);
    session.play();
    const out = await until(session, (s) => s.status === 'diverged');
    expect(out.latest?.divergence).not.toBeNull();
    session.play();
    expect(session.getSnapshot().status).toBe('diverged');
    session.dispose();
    client.dispose();
  });
});
