/**
 * Peak resident memory of the Chromium processes this script started (the page's renderer holds
 * DuckDB-Wasm's worker and its wasm memory), sampled from /proc while a long step runs. Linux only;
 * elsewhere it reports nothing rather than a wrong figure.
 */
import fs from 'node:fs';

function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // the process ended while listing
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, ppid] of parent) if (ppid === pid) { out.push(child); walk(child); }
  };
  walk(root);
  return out;
}

function rssBytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    if (!/^Name:\s*chrom/m.test(status)) return 0;
    const kb = /^VmRSS:\s*(\d+) kB/m.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Peaks of a memory watch, in bytes. */
export interface MemoryPeaks {
  /** Every Chromium process this script started, summed (browser, GPU, network, renderers). */
  total: number;
  /**
   * The largest single process: the page's renderer, which holds the DuckDB worker and its wasm
   * memory. The engine's own footprint, without the ~0.7 GiB the other processes take at rest.
   */
  largest: number;
}

/** Sample the RSS of this process's Chromium descendants every `everyMs` until stopped; returns the peaks (null off Linux). */
export function watchBrowserMemory(everyMs = 250): { stop(): MemoryPeaks | null } {
  if (!fs.existsSync('/proc/self/status')) return { stop: () => null };
  const peak: MemoryPeaks = { total: 0, largest: 0 };
  const sample = () => {
    const sizes = descendants(process.pid).map(rssBytes);
    peak.total = Math.max(peak.total, sizes.reduce((sum, b) => sum + b, 0));
    peak.largest = Math.max(peak.largest, ...sizes);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return { stop: () => { clearInterval(timer); sample(); return peak; } };
}
