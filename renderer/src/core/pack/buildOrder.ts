/**
 * Order a pack's table files by what they read (Kahn's algorithm), so each `CREATE TABLE … AS`
 * runs after the tables its SELECT needs. Missing dependencies and cycles are errors that name
 * the files involved.
 */
import { PackError } from './packError';

/** What ordering needs to know about one table file. */
export interface TableNode {
  /** `schema.table`, lower case. */
  qualified: string;
  /** Path of its SQL file, for error messages. */
  file: string;
  /** `schema.table` names it reads. */
  reads: string[];
}

/**
 * The nodes in an order where every node comes after what it reads. `external` names exist
 * before the build (the generator's `source` tables). Ties keep the input order, so the result
 * is stable for a given pack.
 */
export function buildOrder<T extends TableNode>(nodes: readonly T[], external: readonly string[]): T[] {
  const byName = new Map(nodes.map((n) => [n.qualified, n]));
  const outside = new Set(external);
  for (const node of nodes) {
    for (const dep of node.reads) {
      if (!byName.has(dep) && !outside.has(dep)) {
        throw new PackError(node.file, `reads ${dep}, which no file in the pack creates`);
      }
    }
  }
  const waiting = new Map(nodes.map((n) => [n.qualified, n.reads.filter((d) => byName.has(d) && d !== n.qualified).length]));
  const selfReaders = nodes.filter((n) => n.reads.includes(n.qualified));
  if (selfReaders.length > 0) throw new PackError(selfReaders[0]!.file, `reads itself (${selfReaders[0]!.qualified})`);
  const ordered: T[] = [];
  const done = new Set<string>();
  let progress = true;
  while (ordered.length < nodes.length && progress) {
    progress = false;
    // Take the first ready node in input order each round: stable and simple (packs are small).
    for (const node of nodes) {
      if (done.has(node.qualified) || waiting.get(node.qualified)! > 0) continue;
      ordered.push(node);
      done.add(node.qualified);
      for (const other of nodes) {
        if (other.reads.includes(node.qualified)) waiting.set(other.qualified, waiting.get(other.qualified)! - 1);
      }
      progress = true;
      break;
    }
  }
  if (ordered.length < nodes.length) {
    const cycle = findCycle(nodes.filter((n) => !done.has(n.qualified)), byName);
    throw new PackError(cycle[0]!.file, `dependency cycle: ${cycle.map((n) => n.file).join(' → ')} → ${cycle[0]!.file}`);
  }
  return ordered;
}

function findCycle<T extends TableNode>(remaining: T[], byName: Map<string, T>): T[] {
  const left = new Set(remaining.map((n) => n.qualified));
  // Every remaining node waits on another remaining node, so walking any path must repeat.
  const path: T[] = [];
  const seen = new Map<string, number>();
  let node = remaining[0]!;
  while (!seen.has(node.qualified)) {
    seen.set(node.qualified, path.length);
    path.push(node);
    const next = node.reads.find((d) => left.has(d));
    node = byName.get(next!)!;
  }
  return path.slice(seen.get(node.qualified));
}
