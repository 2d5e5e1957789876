/**
 * The buffers to transfer with a message: every ArrayBuffer under a typed array in the value
 * (walking arrays and plain objects), each once (postMessage rejects duplicates). Transferring
 * moves a buffer to the receiver and leaves it detached (length 0) on the sender, so only
 * pass values the sender is done with: task outputs and progress copies, never a task's input
 * or a module-level constant. SharedArrayBuffers are shared, not transferred, and skipped.
 */
export function collectTransferables(value: unknown): Transferable[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown, depth: number): void => {
    if (typeof v !== 'object' || v === null || depth > 8 || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && v.buffer.byteLength > 0) buffers.add(v.buffer);
      return;
    }
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
      return;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return; // Map, Date, class instances: not ours
    for (const item of Object.values(v)) visit(item, depth + 1);
  };
  visit(value, 0);
  return [...buffers];
}
