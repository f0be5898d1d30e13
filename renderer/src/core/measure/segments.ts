/**
 * Bytes per column from `pragma_storage_info`. DuckDB reports where each segment starts
 * (block id, offset) but not its length. Segments share blocks, so a segment's length is the
 * distance to the next segment in the same block; the last one in a block is given the rest
 * of the block. The per-column figures therefore add up to the data blocks the table occupies
 * ("block share"), which is what the file really spends on it.
 */

/** One row of `pragma_storage_info`, reduced to what is needed. */
export interface SegmentRow {
  column: string;
  /** e.g. 'BitPacking', 'Dictionary', 'Constant', 'Uncompressed'. */
  compression: string;
  segmentType: string;
  /** -1 when the segment holds no data on disk (e.g. a constant validity mask). */
  blockId: number;
  blockOffset: number;
  /** Extra full blocks used by a segment larger than one block. */
  additionalBlocks: number;
}

/** Bytes and codecs of one column. */
export interface ColumnBytes {
  column: string;
  bytes: number;
  /** Codec → bytes stored with it, largest first. */
  codecs: { codec: string; bytes: number }[];
}

/** Lengths of segments, in the order given, by their block neighbours. */
export function segmentLengths(segments: readonly SegmentRow[], blockSize: number): number[] {
  const byBlock = new Map<number, number[]>();
  segments.forEach((s, i) => {
    if (s.blockId < 0) return;
    const list = byBlock.get(s.blockId) ?? [];
    list.push(i);
    byBlock.set(s.blockId, list);
  });
  const lengths = segments.map((s) => s.additionalBlocks * blockSize);
  for (const indexes of byBlock.values()) {
    const sorted = [...indexes].sort((a, b) => segments[a]!.blockOffset - segments[b]!.blockOffset);
    sorted.forEach((idx, k) => {
      const next = sorted[k + 1];
      const end = next === undefined ? blockSize : segments[next]!.blockOffset;
      lengths[idx] = lengths[idx]! + Math.max(0, end - segments[idx]!.blockOffset);
    });
  }
  return lengths;
}

/**
 * Bytes per column (in first-seen column order). Segments from several tables may be passed
 * together so that shared blocks are split correctly; filter the result afterwards.
 */
export function columnBytes(segments: readonly SegmentRow[], blockSize: number): ColumnBytes[] {
  const lengths = segmentLengths(segments, blockSize);
  const byColumn = new Map<string, Map<string, number>>();
  segments.forEach((s, i) => {
    const codecs = byColumn.get(s.column) ?? new Map<string, number>();
    byColumn.set(s.column, codecs);
    // Validity masks are reported as their own segments; fold them into the column's figure.
    const codec = s.segmentType === 'VALIDITY' ? `${s.compression} (validity)` : s.compression;
    codecs.set(codec, (codecs.get(codec) ?? 0) + lengths[i]!);
  });
  return [...byColumn].map(([column, codecs]) => {
    const list = [...codecs].map(([codec, bytes]) => ({ codec, bytes })).sort((a, b) => b.bytes - a.bytes || a.codec.localeCompare(b.codec));
    return { column, bytes: list.reduce((t, c) => t + c.bytes, 0), codecs: list };
  });
}
