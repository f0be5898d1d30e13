import { describe, expect, it } from 'vitest';
import { buildOrder } from './buildOrder';

const node = (qualified: string, reads: string[]) => ({ qualified, file: `styles/${qualified.replace('.', '/')}.sql`, reads });

describe('buildOrder', () => {
  it('puts every table after what it reads, stable otherwise', () => {
    const nodes = [node('star.fact', ['star.dim', 'nf3.a']), node('star.dim', ['nf3.a']), node('nf3.a', ['source.x']), node('nf3.b', [])];
    expect(buildOrder(nodes, ['source.x']).map((n) => n.qualified)).toEqual(['nf3.a', 'star.dim', 'star.fact', 'nf3.b']);
  });
  it('names the file with a missing dependency', () => {
    expect(() => buildOrder([node('nf3.a', ['nf3.nope'])], [])).toThrow('styles/nf3/a.sql: reads nf3.nope, which no file in the pack creates');
  });
  it('names the files of a cycle', () => {
    const nodes = [node('x.a', ['x.b']), node('x.b', ['x.c']), node('x.c', ['x.a']), node('x.d', [])];
    expect(() => buildOrder(nodes, [])).toThrow('styles/x/a.sql: dependency cycle: styles/x/a.sql → styles/x/b.sql → styles/x/c.sql → styles/x/a.sql');
  });
  it('rejects a table reading itself', () => {
    expect(() => buildOrder([node('x.a', ['x.a'])], [])).toThrow('styles/x/a.sql: reads itself (x.a)');
  });
});
