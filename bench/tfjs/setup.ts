/**
 * tfjs-core 4.22 on its pure-JavaScript cpu backend (float32 throughout).
 *
 * tfjs-core's Node bundle (dist/tf-core.node.js) ships no gradient definitions: they are
 * registered by dist/register_all_gradients.js, an ES-module tree that the @tensorflow/tfjs
 * union package normally imports, and whose relative imports have no file extension (bundler
 * style), which Node's ES-module resolver refuses. A small resolve hook, limited to files under
 * @tensorflow/tfjs-core/dist/, adds the ".js". The registries and the engine live on the global
 * object, so the gradients registered by that copy serve the Node bundle's engine.
 */
import { register } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';

const resolveHook = `
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('.') && !/\\.[cm]?js$/.test(specifier)
      && context.parentURL && context.parentURL.includes('/@tensorflow/tfjs-core/dist/')) {
    try { return await next(specifier + '.js', context); } catch { /* not a file: fall through */ }
  }
  return next(specifier, context);
}`;

let ready: Promise<void> | null = null;

export function setupTfjs(): Promise<void> {
  ready ??= (async () => {
    tf.enableProdMode(); // PROD silences the "Hi, looks like you are running TensorFlow.js in Node.js" warning
    register(`data:text/javascript,${encodeURIComponent(resolveHook)}`);
    await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
    await tf.setBackend('cpu');
    await tf.ready();
    if (tf.getBackend() !== 'cpu') throw new Error(`tfjs backend is ${tf.getBackend()}, expected cpu`);
  })();
  return ready;
}

export function tfjsVersion(): string {
  return tf.version_core;
}

/** Live tensors, to check that a workload leaks none. */
export function liveTensors(): number {
  return tf.memory().numTensors;
}
