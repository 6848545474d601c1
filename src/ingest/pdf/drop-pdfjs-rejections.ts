// Runs a pdf.js read while dropping the rejections pdf.js leaves unhandled itself, which would otherwise end the process.

/**
 * pdf.js (5.1) prefetches the page dictionaries of a page tree into a cache and never awaits a prefetch that fails:
 * on a damaged page tree that rejection is unhandled, and Node ends `ropa build` with a stack trace although pdf.js
 * itself recovers (or fails the call we await, which we report). Found by npm run fuzz. While `read` runs, a
 * rejection raised inside pdf.js is dropped; any other is left as Node would leave it: thrown, unless another
 * listener (the server's guard) takes care of it.
 */
export async function dropPdfjsRejections<T>(read: () => Promise<T>): Promise<T> {
  const onRejection = (reason: unknown) => {
    if (reason instanceof Error && /[\\/]pdfjs-dist[\\/]/.test(reason.stack ?? '')) return;
    if (process.listenerCount('unhandledRejection') === 1) throw reason;
  };
  process.on('unhandledRejection', onRejection);
  try {
    return await read();
  } finally {
    // Node reports unhandled rejections once the microtasks have run: listen until the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onRejection);
  }
}
