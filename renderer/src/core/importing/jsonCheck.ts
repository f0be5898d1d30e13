/**
 * A JSON file checked before DuckDB sees it. DuckDB-Wasm's reader crashes the engine on deep
 * nesting, accepts comments and trailing commas, keeps the first of two equal keys, cuts a key
 * at an escaped NUL and takes invalid UTF-8 into column names that then break the catalog. So:
 * UTF-8, depth and size are checked on the bytes; the text must parse as standard JSON; keys are
 * checked per object; and shapes DuckDB's reader does not take (scalars, an array of scalars, an
 * object holding an array of records) are rewritten as an array of records, each change noted.
 */
import { firstInvalidUtf8 } from './csvText';
import type { ImportProblem } from './importErrors';
import { jsonLayout, toJsonArray, type JsonLayout } from './jsonBytes';
import { lineAndColumn, locateJsonError } from './jsonErrors';

/** Deepest nesting accepted (DuckDB-Wasm fails from a few hundred levels and dies from ~3,000). */
export const MAX_JSON_DEPTH = 64;
/** Largest JSON file accepted. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;
/** Files up to this size are parsed in JavaScript (standard syntax, duplicate keys, shapes). */
const PARSE_LIMIT = 64 * 1024 * 1024;

/** What goes to DuckDB's reader: an array of records, and what was changed to get there. */
export type JsonCheck =
  | { ok: true; bytes: Uint8Array; layout: JsonLayout; notes: string[]; emptyLists?: string[]; members?: RecordMembers }
  | { ok: false; problem: ImportProblem };

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
};

/** Offset where nesting first goes deeper than `max`, or -1. */
export function tooDeepAt(bytes: Uint8Array, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === 0x5c) i++;
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) { if (++depth > max) return i; }
    else if (b === 0x7d || b === 0x5d) depth--;
  }
  return -1;
}

/** A readable name for a key DuckDB cannot take as it is (empty, control characters). */
export function visibleKey(key: string): string {
  if (key === '') return '(empty key)';
  // eslint-disable-next-line no-control-regex
  return key.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface KeyFinding { duplicates: Array<{ key: string; line: number }>; renamed: Map<string, string>; caseOf: Map<string, string> }

/** Walk the text's objects: repeated keys (with their line) and keys that need a visible name. */
function findKeyIssues(text: string): KeyFinding {
  const duplicates: KeyFinding['duplicates'] = [];
  const renamed = new Map<string, string>();
  const caseOf = new Map<string, string>();
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.has(key) && duplicates.length < 20) duplicates.push({ key, line: lineAndColumn(text, i).line });
        // DuckDB's column names ignore case: "a" and "A" in one object would share a column.
        const lower = visibleKey(key).toLowerCase();
        const other = [...top].find((k) => k !== key && visibleKey(k).toLowerCase() === lower);
        top.add(key);
        if (other !== undefined && !renamed.has(key)) { renamed.set(key, `${visibleKey(key)}_2`); caseOf.set(key, other); }
        else if (visibleKey(key) !== key) renamed.set(key, visibleKey(key));
        expectKey = false;
      }
      i = j;
    } else if (c === '{') { stack.push(new Set()); expectKey = true; }
    else if (c === '[') { stack.push(null); expectKey = false; }
    else if (c === '}' || c === ']') { stack.pop(); expectKey = false; }
    else if (c === ',') expectKey = stack[stack.length - 1] !== null && stack.length > 0;
  }
  return { duplicates, renamed, caseOf };
}

/** Why a text is not standard JSON, with a word on the usual non-standard extensions. */
function nonStandard(text: string, layout: JsonLayout): ImportProblem | null {
  const where = locateJsonError(text, layout);
  if (!where) return null;
  // What stands where the parser stopped: a comment, or a closing bracket right after a comma.
  const column = /\(column (\d+)\)/.exec(where.reason);
  const lineText = text.replace(/^\uFEFF/, '').split('\n')[(where.line ?? 1) - 1] ?? '';
  const at = column ? Number(column[1]) - 1 : -1;
  const before = lineText.slice(0, Math.max(0, at)).trimEnd();
  const hint = at >= 0 && lineText[at] === '/' ? '; comments are not part of standard JSON'
    : at >= 0 && /[}\]]/.test(lineText[at] ?? '') && before.endsWith(',') && !before.endsWith(',,') ? '; a trailing comma is not standard JSON' : '';
  return { ...where, reason: `${where.reason}${hint}` };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isRecord = (v: Json): v is { [k: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);

function renameKeys(v: Json, renamed: Map<string, string>): Json {
  if (Array.isArray(v)) return v.map((x) => renameKeys(x, renamed));
  if (!isRecord(v)) return v;
  const out: { [k: string]: Json } = {};
  for (const [k, x] of Object.entries(v)) out[renamed.get(k) ?? k] = renameKeys(x, renamed);
  return out;
}

/** An object's members that hold arrays of records: the one loaded, and every one that could be. */
export interface RecordMembers {
  chosen: string;
  choices: string[];
}

/**
 * The records of a parsed value, with a note when the value was not already an array of records.
 * An object holding arrays of records gives the records of `member` (or of its largest array),
 * and says in `found` which members could be chosen instead.
 */
function recordsOf(value: Json, notes: string[], member?: string, found?: { members?: RecordMembers }): Json[] | ImportProblem {
  if (Array.isArray(value)) {
    if (value.length === 0) return { reason: 'the array is empty: there are no records to load' };
    if (value.every(isRecord)) return value;
    const kinds = new Set(value.map((x) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x)));
    kinds.delete('null');
    const mixed = kinds.size > 1;
    notes.push(`The array holds ${value.every((x) => !isRecord(x)) ? 'values, not records' : 'records and other values'}: each value is one row of a column named "value"${mixed ? '; its values are of different kinds, so they are kept as text' : ''}.`);
    return value.map((x) => ({ value: mixed && x !== null ? (typeof x === 'string' ? x : JSON.stringify(x)) : x }));
  }
  if (isRecord(value)) {
    const members = Object.entries(value);
    if (members.length === 0) return { reason: 'the file is an empty object {}: there is nothing to load' };
    const arrays = members.filter(([, x]) => Array.isArray(x) && x.length > 0 && x.every(isRecord)) as [string, Json[]][];
    if (arrays.length > 1 || (arrays.length === 1 && members.length <= 5) || arrays.some(([k]) => k === member)) {
      const largest = arrays.reduce((a, b) => (b[1].length > a[1].length ? b : a));
      const [key, list] = arrays.find(([k]) => k === member) ?? largest;
      const otherArrays = arrays.filter(([k]) => k !== key).map(([k]) => `"${k}"`);
      const others = members.filter(([k]) => k !== key && !arrays.some(([a]) => a === k)).map(([k]) => `"${k}"`);
      const asides = [
        ...(otherArrays.length ? [`other arrays of records: ${otherArrays.join(', ')}, to choose under "Records from"`] : []),
        ...(others.length ? [`other members, not loaded: ${others.join(', ')}`] : []),
      ];
      notes.push(`The file is one object; its member "${key}" holds ${list.length} records, which are loaded as the table${asides.length ? ` (${asides.join('; ')})` : ''}.`);
      if (found) found.members = { chosen: key, choices: arrays.map(([k]) => k) };
      return list;
    }
    return [value];
  }
  notes.push('The file holds a single value, not records: it is loaded as one row of a column named "value".');
  return [{ value }];
}

const kindOf = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'object' : typeof v);

/** Top-level fields whose values are of more than one kind (numbers and text, text and lists…). */
function mixedFields(records: readonly Json[]): Array<{ field: string; record: number; kinds: string[] }> {
  const first = new Map<string, string>();
  const mixed = new Map<string, { record: number; kinds: Set<string> }>();
  records.forEach((r, n) => {
    if (!isRecord(r)) return;
    for (const [k, v] of Object.entries(r)) {
      const kind = kindOf(v);
      if (kind === 'null') continue;
      const seen = first.get(k);
      if (seen === undefined) first.set(k, kind);
      else if (seen !== kind) {
        const m = mixed.get(k) ?? { record: n + 1, kinds: new Set([seen]) };
        m.kinds.add(kind);
        mixed.set(k, m);
      }
    }
  });
  return [...mixed].map(([field, m]) => ({ field, record: m.record, kinds: [...m.kinds] }));
}

/**
 * Top-level fields whose values are all empty lists (or missing): DuckDB-Wasm's reader cannot
 * tell their element type and reads them as the text "[]", so the importer makes them lists.
 */
function emptyListFields(records: readonly Json[]): string[] {
  const empty = new Map<string, boolean>();
  for (const r of records) {
    if (!isRecord(r)) continue;
    for (const [k, v] of Object.entries(r)) {
      if (v === null) continue;
      empty.set(k, (empty.get(k) ?? true) && Array.isArray(v) && v.length === 0);
    }
  }
  return [...empty].filter(([, all]) => all).map(([k]) => k);
}

/** Fields of mixed kinds are kept as text (JSON text for lists and objects), each said in a note. */
function textForMixedFields(records: Json[], notes: string[]): Json[] {
  const mixed = mixedFields(records);
  if (mixed.length === 0) return records;
  for (const m of mixed) notes.push(`The field "${m.field}" holds values of different kinds (${m.kinds.join(' and ')}; record ${m.record} is the first to differ): all its values are kept as text.`);
  const fields = new Set(mixed.map((m) => m.field));
  return records.map((r) => {
    if (!isRecord(r)) return r;
    const out: { [k: string]: Json } = { ...r };
    for (const f of fields) {
      const v = out[f];
      if (v !== undefined && v !== null && typeof v !== 'string') out[f] = JSON.stringify(v);
    }
    return out;
  });
}

/**
 * Numbers a double cannot hold: beyond its range the file is refused (the value would become
 * infinity or NULL); integers longer than 64 bits are read approximately, which is said.
 */
function numberNotes(text: string): string[] | ImportProblem {
  const notes: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lit = m[0];
    if (lit.startsWith('"')) continue;
    if (!Number.isFinite(Number(lit))) {
      return { line: lineAndColumn(text, m.index).line, reason: `the number ${lit.length > 30 ? `${lit.slice(0, 27)}...` : lit} is beyond the range of a double (about ±1.8e308); put it in quotes to keep it as text` };
    }
    if (/^-?\d{20,}$/.test(lit) && notes.length === 0) {
      notes.push(`Line ${lineAndColumn(text, m.index).line}: the integer ${lit.slice(0, 24)}${lit.length > 24 ? '...' : ''} has more digits than a 64-bit integer holds; it is read as an approximate DOUBLE.`);
    }
  }
  return notes;
}

/** Check a JSON file and produce the bytes for DuckDB's reader; `member` picks which array of records an object's member holds. */
export function checkJson(bytes: Uint8Array, member?: string): JsonCheck {
  if (bytes.length > MAX_JSON_BYTES) return { ok: false, problem: { reason: `the file is ${(bytes.length / 1048576).toFixed(0)} MB; JSON files up to ${MAX_JSON_BYTES / 1048576} MB can be imported (convert larger ones to CSV or Parquet)` } };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { ok: false, problem: { line: lineAt(bytes, bad), reason: `byte ${bad + 1} (0x${bytes[bad]!.toString(16).padStart(2, '0')}) is not UTF-8; JSON text must be UTF-8` } };
  const deep = tooDeepAt(bytes);
  if (deep >= 0) return { ok: false, problem: { line: lineAt(bytes, deep), reason: `the values are nested more than ${MAX_JSON_DEPTH} levels deep, more than the studio's JSON reader can take` } };
  const layout = jsonLayout(bytes);
  if (bytes.length > PARSE_LIMIT) return { ok: true, bytes: toJsonArray(bytes, layout), layout, notes: [] };
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const problem = nonStandard(text, layout);
  if (problem) return { ok: false, problem };
  const notes: string[] = [];
  const keys = findKeyIssues(text);
  for (const d of keys.duplicates.slice(0, 5)) notes.push(`Line ${d.line}: the key "${visibleKey(d.key)}" appears twice in one object; the last value is kept (as JavaScript does).`);
  if (keys.duplicates.length > 5) notes.push(`${keys.duplicates.length - 5} more repeated keys; each keeps its last value.`);
  for (const [k, v] of keys.renamed) {
    const clash = keys.caseOf.get(k);
    notes.push(clash !== undefined
      ? `The keys ${JSON.stringify(clash)} and ${JSON.stringify(k)} differ only in case, which column names ignore; the column of ${JSON.stringify(k)} is named "${v}".`
      : `The key ${JSON.stringify(k)} cannot be a column name as it is; its column is named "${v}".`);
  }
  const numbers = numberNotes(text);
  if (!Array.isArray(numbers)) return { ok: false, problem: numbers };
  notes.push(...numbers);
  // Without an empty list anywhere, no field can hold only empty lists: no need to parse for them.
  const emptyListSeen = /\[\s*\]/.test(text);
  const linesAreObjects = layout === 'ndjson' && text.split('\n').every((l) => l.trim() === '' || l.trimStart().startsWith('{'));
  if (linesAreObjects && notes.length === 0 && !emptyListSeen) return { ok: true, bytes: toJsonArray(bytes, layout), layout, notes };
  const values: Json[] = layout === 'ndjson'
    ? text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Json)
    : [JSON.parse(text) as Json];
  const found: { members?: RecordMembers } = {};
  const records = layout === 'ndjson' ? recordsOf(values, notes) : recordsOf(values[0]!, notes, member, found);
  if (!Array.isArray(records)) return { ok: false, problem: records };
  const members = found.members ? { members: found.members } : {};
  const emptyLists = emptyListSeen ? emptyListFields(records).map((k) => keys.renamed.get(k) ?? visibleKey(k)) : [];
  for (const f of emptyLists) notes.push(`The field "${f}" holds only empty lists, which say nothing of their elements: it is loaded as a list of text (VARCHAR[]).`);
  // An array of records or one record, keys and kinds fine: the bytes go to DuckDB as they are.
  if (notes.length === emptyLists.length && mixedFields(records).length === 0) return { ok: true, bytes: toJsonArray(bytes, layout), layout, notes, emptyLists };
  const out = textForMixedFields(keys.renamed.size > 0 ? renameKeys(records, keys.renamed) as Json[] : records, notes);
  return { ok: true, bytes: new TextEncoder().encode(JSON.stringify(out)), layout: 'array', notes, emptyLists, ...members };
}
