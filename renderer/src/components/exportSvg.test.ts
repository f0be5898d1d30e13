import { describe, expect, it } from 'vitest';
import { fileNameFor } from './exportSvg';

describe('fileNameFor', () => {
  it.each([
    ['Retail sales — Star schema — ER diagram', 'retail-sales-star-schema-er-diagram'],
    ['Plan of 3NF', 'plan-of-3nf'],
    ['  —  ', 'diagram'],
  ])('%j → %j', (title, name) => expect(fileNameFor(title)).toBe(name));
});
