/**
 * Resolves on a later macrotask: the point where the event loop can deliver a 'cancel'
 * message (or, on the main thread, paint a frame) between two slices of a task.
 *
 * MessageChannel in browsers and workers: it is not clamped to 4 ms the way nested
 * setTimeout(0) is (React's scheduler yields the same way). setImmediate in Node, where an
 * open MessagePort would keep the process alive. setTimeout(0) elsewhere.
 */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') {
      setImmediate(resolve);
    } else if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}
