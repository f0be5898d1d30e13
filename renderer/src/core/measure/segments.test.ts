import { describe, expect, it } from 'vitest';
import { columnBytes, segmentLengths, type SegmentRow } from './segments';

const seg = (column: string, blockId: number, blockOffset: number, compression = 'BitPacking', segmentType = 'BIGINT', additionalBlocks = 0): SegmentRow =>
  ({ column, blockId, blockOffset, compression, segmentType, additionalBlocks });

describe('segmentLengths', () => {
  it('measures each segment up to its neighbour, the last one up to the block end', () => {
    const rows = [seg('a', 1, 0), seg('b', 1, 992), seg('c', 1, 89512), seg('d', -1, 0)];
    expect(segmentLengths(rows, 262144)).toEqual([992, 88520, 262144 - 89512, 0]);
  });
  it('handles segments listed out of offset order and across blocks', () => {
    const rows = [seg('b', 2, 100), seg('a', 2, 0), seg('c', 3, 0)];
    expect(segmentLengths(rows, 1000)).toEqual([900, 100, 1000]);
  });
  it('adds whole extra blocks of oversized segments', () => {
    expect(segmentLengths([seg('a', 1, 0, 'Uncompressed', 'VARCHAR', 2)], 1000)).toEqual([3000]);
  });
});

describe('columnBytes', () => {
  it('groups segments by column and codec; validity masks are named as such', () => {
    const rows = [
      seg('id', 1, 0, 'BitPacking'),
      seg('id', -1, 0, 'Constant', 'VALIDITY'),
      seg('name', 1, 400, 'Dictionary', 'VARCHAR'),
      seg('name', 1, 700, 'FSST', 'VARCHAR'),
      seg('name', 1, 800, 'Uncompressed', 'VALIDITY'),
    ];
    expect(columnBytes(rows, 1000)).toEqual([
      { column: 'id', bytes: 400, codecs: [{ codec: 'BitPacking', bytes: 400 }, { codec: 'Constant (validity)', bytes: 0 }] },
      {
        column: 'name',
        bytes: 600,
        codecs: [
          { codec: 'Dictionary', bytes: 300 },
          { codec: 'Uncompressed (validity)', bytes: 200 },
          { codec: 'FSST', bytes: 100 },
        ],
      },
    ]);
  });
});
