/**
 * (4) Memory: JS heap, Blink heap, DOM nodes and event listeners before, with 200 galleries (some lightboxes
 * opened and closed) and after removing them, each after a full GC. Returns one row per counter; a row with
 * `ok: false` did not return to baseline within its tolerance (the run then exits 1).
 */
/* global performance, requestAnimationFrame */

// ------------------------------------------------------------------ (4) Memory

/**
 * Tolerances for "back to baseline". Each reading follows three full garbage collections, and the baseline is
 * taken after one identical create/open/remove cycle, so what a page makes once (templates, compiled code, the
 * Intl formatter, decoded images, hash tables grown to size) is in it; what the check looks for is memory that
 * stays behind with every cycle. Self-test: `--leak=1` keeps one removed gallery, which fails every counter
 * below except the global listeners (measured: +906 nodes, its ~100 and the 9 SVG image documents it keeps
 * alive; +39 listeners, all of its own; +55 KiB JS heap; +1.5 MiB Blink heap).
 * - DOM nodes, documents, JS event listeners (all of them) and listeners on window and document: exact.
 *   Blink counts them exactly after a full GC and the page does nothing between the readings; one leaked
 *   gallery, or an element that adds a global listener and does not remove it, shows here at once.
 * - JS heap (V8's used size): 32 KiB. Measured after one cycle: +4…13 KiB (code and type feedback the
 *   optimising compiler attaches; +13 KiB since the gallery grew history and gesture code); 0 at steady
 *   state. Above that noise, below one leaked gallery (+55 KiB).
 * - Blink's heap (`embedderHeap`): 128 KiB. Measured: +7 KiB per cycle, from buffers that are not the
 *   elements' (each image request adds a DevTools network record and a performance entry; found with heap
 *   snapshots), and once in 16 cycles a transient +90 KiB (a table resized). A leaked gallery is 1.5 MiB.
 */
export const TOLERANCE = {
  heap: 32 * 1024,
  embedderHeap: 128 * 1024,
  nodes: 0,
  jsEventListeners: 0,
  documents: 0,
  windowListeners: 0,
  documentListeners: 0,
};

async function counters(cdp) {
  await cdp.send('Runtime.evaluate', { expression: 'performance.clearResourceTimings()' });
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const listeners = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    listeners[target] = (
      await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })
    ).listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return {
    heap: heap.usedSize,
    embedderHeap: heap.embedderHeapUsedSize,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
    windowListeners: listeners.window,
    documentListeners: listeners.document,
  };
}

export async function memorySection(ctx) {
  const { freshPage, metrics, LEAK, GALLERIES, OPEN_EVERY } = ctx;
  const page = await freshPage();
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  const cycle = async (leak = 0, n = GALLERIES) => {
    let t = performance.now();
    const lap = (what) =>
      process.env.BENCH_DEBUG && console.error(`    ${what}: ${(-t + (t = performance.now())).toFixed(0)} ms`);
    const made = await page.evaluate((n, every) => window.bench.createGalleries(n, every), n, OPEN_EVERY);
    lap('create');
    const peak = await counters(cdp);
    lap('counters');
    await page.evaluate((l) => window.bench.removeGalleries(l), leak);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    lap('remove');
    const after = await counters(cdp);
    lap('counters');
    return { made, peak, after };
  };
  // One cycle first: what is made once per page (templates, compiled code, Intl, the image cache) belongs to
  // the baseline; what the check looks for is memory that grows with the number of elements made and removed.
  await cycle();
  const before = await counters(cdp);
  const { made, peak, after } = await cycle(LEAK);
  if (made.galleries !== GALLERIES || made.opened !== GALLERIES / OPEN_EVERY)
    throw new Error(`memory: made ${JSON.stringify(made)}`);
  await cdp.detach();
  await page.close();

  const rows = [];
  for (const key of [
    'heap',
    'embedderHeap',
    'nodes',
    'jsEventListeners',
    'documents',
    'windowListeners',
    'documentListeners',
  ]) {
    const tol = TOLERANCE[key];
    const delta = after[key] - before[key];
    const ok = tol === undefined || delta <= tol;
    rows.push({
      key,
      before: before[key],
      peak: peak[key],
      after: after[key],
      delta,
      tol,
      ok,
      perGallery: (peak[key] - before[key]) / GALLERIES,
    });
  }
  for (const r of rows) {
    const unit = r.key.endsWith('eap') ? 'B' : 'count';
    metrics[`memory.${r.key}.perGallery`] = { median: r.perGallery, p95: r.perGallery, n: 1, unit };
    metrics[`memory.${r.key}.retained`] = { median: r.delta, p95: r.delta, n: 1, unit };
  }
  return rows;
}
