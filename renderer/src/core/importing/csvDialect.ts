/**
 * The CSV dialect the importer asks DuckDB for. DuckDB's sniffer, when a file is broken, quietly
 * picks another dialect (no quotes, or one big column) instead of failing; so the delimiter is
 * chosen here from the header line and quotes are fixed to the standard `"`, which makes DuckDB
 * report the broken line instead of guessing around it.
 */

/** Delimiters tried, in order of preference on ties. */
export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITER_CANDIDATES)[number];

/** The first line of a text (without its line break), reading at most `limit` characters. */
export function firstLine(text: string, limit = 65536): string {
  const head = text.slice(0, limit).replace(/^\uFEFF/, '');
  const nl = head.search(/\r?\n/);
  return nl >= 0 ? head.slice(0, nl) : head;
}

/** Count a delimiter in a line, ignoring those inside double quotes. */
export function countOutsideQuotes(line: string, delim: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delim && !quoted) n++;
  }
  return n;
}

/** The delimiter that splits the header line into the most fields (',' when none does). */
export function guessDelimiter(headerLine: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITER_CANDIDATES) {
    const n = countOutsideQuotes(headerLine, d);
    if (n > bestCount) { best = d; bestCount = n; }
  }
  return best;
}

/** Split one CSV line into fields (standard quoting, `""` inside quotes is a quote). */
export function splitCsvLine(line: string, delim: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delim) { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

/** SQL text of a delimiter as a DuckDB string literal body (tab stays a real tab). */
export function delimiterLabel(d: Delimiter): string {
  return d === '\t' ? 'tab' : d;
}
