/**
 * A small deterministic corpus of polluted CSV files, each with its clean original, in the
 * families of the Pollock benchmark (extra or missing separators, stray quotes, preambles,
 * multi-row headers, other delimiters, quote and escape characters, encodings, empty files,
 * trailing and mixed line breaks). Generated at test time from a seeded generator, so nothing
 * large is committed and the same seed always gives the same bytes.
 */

/** One polluted file and the table it should load as. */
export interface CorpusFile {
  family: string;
  name: string;
  bytes: Uint8Array;
  /** Header then rows, as text; `null` when the right outcome is a clear refusal (empty file). */
  clean: string[][] | null;
}

/** A tiny seeded PRNG (mulberry32): the corpus is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemal', 'Lena'];
const CITIES = ['Niort', 'Lyon', 'Porto', 'Gent', 'Bergen', 'Cork', 'Brno', 'Turku'];
const NOTES = ['ok', 'late', 'gift', 'returned', 'paid', 'open'];

/** A clean table: id, name, city, amount, day, note (10–16 rows). */
export function cleanTable(rand: () => number): string[][] {
  const n = 10 + Math.floor(rand() * 7);
  const rows: string[][] = [['id', 'name', 'city', 'amount', 'day', 'note']];
  for (let i = 1; i <= n; i++) {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const amount = (Math.floor(rand() * 100000) / 100).toFixed(2);
    const day = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    rows.push([String(i), pick(NAMES), pick(CITIES), amount, day, pick(NOTES)]);
  }
  return rows;
}

/** Write rows with a delimiter; fields holding the delimiter, a quote or a line break are quoted. */
export function writeCsv(rows: string[][], delim = ',', quote = '"', escape = quote, eol = '\n'): string {
  const field = (v: string): string => {
    if (quote && (v.includes(delim) || v.includes(quote) || v.includes('\n'))) {
      return quote + v.split(quote).join(escape + quote) + quote;
    }
    return v;
  };
  return rows.map((r) => r.map(field).join(delim)).join(eol) + eol;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff; out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) { out[2 + 2 * i] = s.charCodeAt(i) & 0xff; out[3 + 2 * i] = s.charCodeAt(i) >> 8; }
  return out;
}

/** Row indexes (1-based data rows) to pollute: one to three of them, never the same twice. */
function pickRows(rand: () => number, count: number, max: number): number[] {
  const set = new Set<number>();
  while (set.size < Math.min(count, max)) set.add(1 + Math.floor(rand() * max));
  return [...set].sort((a, b) => a - b);
}

type Maker = (rand: () => number, clean: string[][]) => { text: string | Uint8Array; clean: string[][] | null };

/** The families: each turns a clean table into polluted bytes (and says what should load). */
export const FAMILIES: Record<string, Maker> = {
  // A value holding the delimiter, written without quotes: the row has one field too many.
  extra_separator: (rand, clean) => {
    const lines = writeCsv(clean).split('\n');
    for (const r of pickRows(rand, 1 + Math.floor(rand() * 2), clean.length - 1)) {
      const cells = [...clean[r]!];
      cells[5] = `${cells[5]},${NOTES[Math.floor(rand() * NOTES.length)]}`;
      lines[r] = cells.join(',');
    }
    return { text: lines.join('\n'), clean };
  },
  // One separator lost: two fields run together.
  missing_separator: (rand, clean) => {
    const lines = writeCsv(clean).split('\n');
    for (const r of pickRows(rand, 1 + Math.floor(rand() * 2), clean.length - 1)) {
      const c = clean[r]!;
      lines[r] = [c[0], c[1], c[2], c[3], `${c[4]}${c[5]}`].join(',');
    }
    return { text: lines.join('\n'), clean };
  },
  // A quote inside an unquoted value (an inch mark, a nickname).
  stray_quote: (rand, clean) => {
    const rows = clean.map((r) => [...r]);
    for (const r of pickRows(rand, 1 + Math.floor(rand() * 2), clean.length - 1)) rows[r]![5] = `${rows[r]![5]} 5"`;
    return { text: rows.map((r) => r.join(',')).join('\n') + '\n', clean: rows };
  },
  // Title lines before the header.
  preamble: (rand, clean) => {
    const pre = ['Sales export', 'Generated 2024-06-01 by the shop system', ''].slice(0, 1 + Math.floor(rand() * 3));
    return { text: `${pre.join('\n')}\n${writeCsv(clean)}`, clean };
  },
  // A second header row (units under names).
  multirow_header: (_rand, clean) => {
    const units = ['', '', '', 'EUR', 'yyyy-mm-dd', ''];
    return { text: writeCsv([clean[0]!, units, ...clean.slice(1)]), clean };
  },
  // Another delimiter for the whole file.
  delimiter: (rand, clean) => {
    const d = [';', '\t', '|', ' '][Math.floor(rand() * 4)]!;
    const rows = d === ' ' ? clean.map((r) => r.map((v) => v.replace(/ /g, '_'))) : clean;
    return { text: writeCsv(rows, d), clean: rows };
  },
  // Single quotes as the quote character, around values holding the delimiter.
  quote_char: (rand, clean) => {
    const rows = clean.map((r, i) => (i > 0 && rand() < 0.4 ? [...r.slice(0, 5), `${r[5]}, ${r[1]}`] : r));
    return { text: writeCsv(rows, ',', "'"), clean: rows };
  },
  // Backslash as the escape character for quotes inside quoted values.
  escape_char: (rand, clean) => {
    const rows = clean.map((r, i) => (i > 0 && rand() < 0.4 ? [...r.slice(0, 5), `said "${r[5]}", twice`] : r));
    return { text: writeCsv(rows, ',', '"', '\\'), clean: rows };
  },
  // Not UTF-8: Latin-1 or UTF-16 with a byte order mark (names with accents).
  encoding: (rand, clean) => {
    const rows = clean.map((r, i) => (i > 0 && i % 3 === 0 ? [r[0]!, `${r[1]}é`, `${r[2]}ø`, ...r.slice(3)] : r));
    const text = writeCsv(rows);
    return { text: rand() < 0.6 ? latin1(text) : utf16le(text), clean: rows };
  },
  // Nothing, blank lines, or a header alone.
  empty: (rand, clean) => {
    const k = Math.floor(rand() * 3);
    if (k === 0) return { text: '', clean: null };
    if (k === 1) return { text: '\n\n  \n', clean: null };
    return { text: `${clean[0]!.join(',')}\n`, clean: [clean[0]!] };
  },
  // Blank lines at the end, no final newline, or CRLF mixed with LF.
  line_endings: (rand, clean) => {
    const text = writeCsv(clean);
    const k = Math.floor(rand() * 4);
    if (k === 0) return { text: `${text}\n\n\n`, clean };
    if (k === 1) return { text: text.replace(/\n$/, ''), clean };
    if (k === 2) return { text: text.split('\n').map((l, i) => (i % 2 ? `${l}\r` : l)).join('\n'), clean };
    return { text: text.replace(/\n/g, '\r'), clean };
  },
};

/** The corpus: `perFamily` files of every family, from `seed`. */
export function pollutedCorpus(perFamily = 8, seed = 16): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const [family, make] of Object.entries(FAMILIES)) {
    for (let i = 0; i < perFamily; i++) {
      const rand = prng(seed * 1000 + i * 31 + family.length * 7919);
      const made = make(rand, cleanTable(rand));
      files.push({
        family, name: `${family}_${i + 1}.csv`,
        bytes: typeof made.text === 'string' ? enc(made.text) : made.text,
        clean: made.clean,
      });
    }
  }
  return files;
}
