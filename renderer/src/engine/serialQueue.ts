/**
 * One statement at a time on the connection: DuckDB-Wasm runs a connection's requests in the
 * order they reach the worker, so two callers that each send several statements (a script, a
 * cursor fetching batches) would interleave. Jobs here run strictly one after another.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  /** Called when a job is queued while another holds the queue (lets a long holder step aside). */
  onContention: (() => void) | undefined;

  /** Run `job` after every job queued before it has settled. */
  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.pending > 0) this.onContention?.();
    this.pending++;
    const result = this.tail.then(job);
    this.tail = result.then(
      () => { this.pending--; },
      () => { this.pending--; },
    );
    return result;
  }

  /** Number of jobs queued or running. */
  get size(): number {
    return this.pending;
  }
}
