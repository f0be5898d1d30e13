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

/** Sample the summed RSS of this process's Chromium descendants every `everyMs` until stopped; returns the peak in bytes (null off Linux). */
export function watchBrowserMemory(everyMs = 250): { stop(): number | null } {
  if (!fs.existsSync('/proc/self/status')) return { stop: () => null };
  let peak = 0;
  const sample = () => { peak = Math.max(peak, descendants(process.pid).reduce((sum, pid) => sum + rssBytes(pid), 0)); };
  sample();
  const timer = setInterval(sample, everyMs);
  return { stop: () => { clearInterval(timer); sample(); return peak; } };
}
