/**
 * Files to open that come from outside the window: the command line (first launch and a second
 * launch forwarded to the running instance) and macOS's open-file event (double-click). Main
 * remembers each announced path: the renderer may read those and no others.
 */
import path from 'node:path';
import { openFileKindOf } from '../common/contract';

export interface ArgvOptions {
  /** Packaged apps get `[exe, ...files]`; `electron .` gets `[electron, appPath, ...files]`. */
  packaged: boolean;
  cwd: string;
  isFile: (file: string) => boolean;
}

/** The openable files named on a command line, as absolute paths, in order, without duplicates. */
export function filesFromArgv(argv: readonly string[], options: ArgvOptions): string[] {
  const rest = argv.slice(options.packaged ? 1 : 2);
  const files: string[] = [];
  for (const arg of rest) {
    // Chromium and Electron switches (and macOS's -psn_… process serial number).
    if (arg.startsWith('-')) continue;
    const absolute = path.resolve(options.cwd, arg);
    if (openFileKindOf(absolute) && options.isFile(absolute) && !files.includes(absolute)) files.push(absolute);
  }
  return files;
}

/**
 * Paths announced before the renderer can hear them are queued; once it is ready they go out at
 * once. `isAnnounced` answers whether the renderer may read a path.
 */
export class FileAnnouncer {
  private readonly announced = new Set<string>();
  private pending: string[] = [];
  private deliver: ((file: string) => void) | null = null;

  announce(file: string): void {
    this.announced.add(file);
    if (this.deliver) this.deliver(file);
    else this.pending.push(file);
  }

  /** The renderer is ready: send the queue, then send new files as they come. */
  attach(deliver: (file: string) => void): void {
    this.deliver = deliver;
    const queued = this.pending;
    this.pending = [];
    queued.forEach(deliver);
  }

  /** The window went away: queue again until a new one attaches. */
  detach(): void {
    this.deliver = null;
  }

  isAnnounced(file: string): boolean {
    return this.announced.has(file);
  }
}
