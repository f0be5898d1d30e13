/**
 * The first lines DuckDB-Wasm's worker runs in the browser, before its own script. They start
 * fetching and compiling the 34 MB wasm module the moment the worker exists, rather than after
 * the page has loaded DuckDB's client library and sent its "instantiate" message, and they compile
 * it from the fetch's own response.
 *
 * Why the second matters: DuckDB-Wasm wraps the response in a progress stream
 * (`new Response(body.pipeThrough(…))`). A response built that way has no URL, so Chromium can
 * neither look up nor store the compiled module in its code cache, and every launch compiles
 * the module again. Compiled from the cacheable response, a returning launch reads it back.
 * DuckDB's progress stream is cancelled unread: pumping 34 MB through script-side chunks cost
 * the worker hundreds of ms of garbage collection, and the status bar reads well without a figure.
 *
 * The function is serialised into the worker's source (see `workerSource`): it must use nothing
 * from its module scope.
 */
export function duckDbWorkerShim(scriptUrl: string, wasmUrl: string): void {
  const scope = globalThis as unknown as { importScripts(url: string): void };
  const early = WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: 'same-origin' }));
  early.catch(() => undefined); // a failure here is reported by the fallback below
  const instantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  let used = false;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    if (used) return instantiateStreaming(source, imports);
    used = true;
    const response = await source;
    void response.body?.cancel().catch(() => undefined);
    let module: WebAssembly.Module;
    try {
      module = await early;
    } catch {
      // Compile again, as DuckDB-Wasm would have, so its own error reaches the page.
      return instantiateStreaming(fetch(wasmUrl, { credentials: 'same-origin' }), imports);
    }
    const instance = await WebAssembly.instantiate(module, imports);
    publishHeap(imports);
    return { module, instance };
  };
  // DuckDB's heap is the module's WebAssembly.Memory: it only grows, so its size at any moment is
  // the engine's peak so far. The page's RSS also holds React and Monaco; this is DuckDB alone.
  // The bench reads it from the worker (`studioEngineHeapBytes()`); nothing in the page needs it.
  // DuckDB-Wasm's module imports its memory (`env.memory`) rather than exporting it.
  function publishHeap(imports: WebAssembly.Imports | undefined): void {
    const memory = Object.values(imports?.env ?? {}).find((v): v is WebAssembly.Memory => v instanceof WebAssembly.Memory);
    if (memory) (globalThis as { studioEngineHeapBytes?: () => number }).studioEngineHeapBytes = () => memory.buffer.byteLength;
  }
  scope.importScripts(scriptUrl);
}

/** The source of a classic worker that runs the shim, then DuckDB-Wasm's worker script. */
export function workerSource(scriptUrl: string, wasmUrl: string): string {
  return `(${duckDbWorkerShim.toString()})(${JSON.stringify(scriptUrl)}, ${JSON.stringify(wasmUrl)});`;
}
