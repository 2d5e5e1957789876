/** Which route starts the worker: by URL on its own origin, by a blob anywhere else. */
import { describe, expect, it } from 'vitest';
import { canStartDirectly, loaderSource } from '../../src/worker/startWorker';

describe('startWorker', () => {
  const script = new URL('https://descent.example/assets/worker-abc.js');

  it('starts directly only on the script’s own origin', () => {
    expect(canStartDirectly(script, 'https://descent.example')).toBe(true);
    expect(canStartDirectly(script, 'https://course.example.edu')).toBe(false); // the custom element on a course page
    expect(canStartDirectly(script, 'null')).toBe(false); // a sandboxed embed: opaque origin
    expect(canStartDirectly(script, 'http://descent.example')).toBe(false); // scheme is part of the origin
  });

  it('the blob loads the script by its absolute URL, quoted as a JS string', () => {
    expect(loaderSource(script)).toBe('importScripts("https://descent.example/assets/worker-abc.js");\n');
    const odd = new URL('https://descent.example/a"b\\c.js');
    // whatever the URL holds, the source is one call with that URL as its only argument
    const called: string[] = [];
    new Function('importScripts', loaderSource(odd))((u: string) => called.push(u));
    expect(called).toEqual([odd.href]);
  });
});
