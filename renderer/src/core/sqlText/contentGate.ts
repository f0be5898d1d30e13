/**
 * The gate every piece of content SQL (packs, lessons, opened courses) passes before it runs, in
 * the app and in every script. Content is untrusted: a changed pack or lesson must not read or
 * write the host's files, attach databases, load extensions or change settings. The gate allows
 * what content needs — queries, and creating and changing tables in the session — and refuses
 * the rest by name, with the line, before DuckDB sees it. Pure: tokens in, verdicts out.
 */
import { splitStatements } from './statements';
import { tokenize, type SqlToken } from './tokens';

/** Statement kinds content may run (the first keyword, after any EXPLAIN / ANALYZE). */
const ALLOWED_STATEMENTS = new Set([
  'select', 'with', 'from', 'values', 'table', 'create', 'insert', 'update', 'delete', 'drop', 'alter', 'truncate',
  'describe', 'show', 'summarize', 'pivot', 'unpivot', 'begin', 'commit', 'rollback', 'abort', 'start', 'end', 'explain',
]);

/** Why the statements content needs least are refused. */
const REFUSED_STATEMENTS: Record<string, string> = {
  copy: 'COPY reads or writes files',
  attach: 'ATTACH opens a database file',
  detach: 'DETACH closes the studio\'s databases',
  install: 'INSTALL fetches extensions',
  force: 'FORCE INSTALL fetches extensions',
  load: 'LOAD loads extensions',
  set: 'SET changes settings (including file access)',
  reset: 'RESET changes settings (including file access)',
  pragma: 'PRAGMA changes settings or reads the host',
  call: 'CALL runs table functions outside a query',
  export: 'EXPORT DATABASE writes files',
  import: 'IMPORT DATABASE reads files',
  use: 'USE switches the studio\'s database',
  checkpoint: 'CHECKPOINT writes database files',
  vacuum: 'VACUUM rewrites database files',
  prepare: 'PREPARE hides a statement from this check',
  execute: 'EXECUTE runs a prepared statement',
  update_extensions: 'UPDATE EXTENSIONS fetches extensions',
};

/**
 * Functions that read files or run SQL given as text. A file reader is allowed only on one
 * literal path the studio registered; the others never.
 */
const FILE_FUNCTIONS = new Set([
  'read_text', 'read_blob', 'read_csv', 'read_csv_auto', 'read_json', 'read_json_auto', 'read_json_objects',
  'read_json_objects_auto', 'read_ndjson', 'read_ndjson_auto', 'read_ndjson_objects', 'read_parquet', 'parquet_scan',
  'parquet_metadata', 'parquet_schema', 'parquet_file_metadata', 'parquet_kv_metadata', 'parquet_bloom_probe', 'glob',
  'sniff_csv', 'read_xlsx', 'st_read', 'st_read_meta', 'iceberg_scan', 'iceberg_metadata', 'iceberg_snapshots',
  'delta_scan', 'read_duckdb', 'read_avro',
]);
const NEVER_FUNCTIONS: Record<string, string> = {
  query: 'query() runs SQL given as text, out of this check\'s sight',
  query_table: 'query_table() reads tables named by text, out of this check\'s sight',
  getenv: 'getenv() reads the host\'s environment',
  duckdb_secrets: 'duckdb_secrets() lists credentials',
  which_secret: 'which_secret() looks up credentials',
};

/** Words after which a string or quoted name is a table DuckDB would read as a file. */
const TABLE_POSITION = new Set(['from', 'join', 'describe', 'summarize']);
/** Words that end a FROM list at the same parenthesis depth. */
const CLAUSE_END = new Set(['where', 'group', 'having', 'order', 'limit', 'offset', 'qualify', 'window', 'union', 'intersect', 'except', 'select', 'on', 'using', 'set', 'values', 'returning', 'by']);

export interface ContentGateOptions {
  /** File names the studio registered in the engine for this content (shipped pack files). */
  registered?: readonly string[];
}

/** One refused piece of content SQL: where (1-based line) and why, in words for the author. */
export interface ContentRefusal {
  line: number;
  reason: string;
}

function lineAt(sql: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < sql.length; i++) if (sql[i] === '\n') line++;
  return line;
}

/** The first keyword that says what a statement does, past EXPLAIN, ANALYZE and opening brackets. */
function leadingKeyword(tokens: SqlToken[]): SqlToken | undefined {
  for (const token of tokens) {
    if (token.kind === 'punct' && token.value === '(') continue;
    if (token.kind === 'word' && (token.value === 'explain' || token.value === 'analyze' || token.value === 'analyse')) continue;
    return token;
  }
  return undefined;
}

function checkStatement(tokens: SqlToken[], registered: ReadonlySet<string>, refuse: (token: SqlToken, reason: string) => void): void {
  const lead = leadingKeyword(tokens);
  if (!lead) return;
  if (lead.kind !== 'word') {
    refuse(lead, `a statement must start with a keyword such as SELECT, not ${lead.kind === 'punct' ? `“${lead.value}”` : 'a literal'}`);
    return;
  }
  if (lead.value in REFUSED_STATEMENTS) refuse(lead, REFUSED_STATEMENTS[lead.value]!);
  else if (!ALLOWED_STATEMENTS.has(lead.value)) refuse(lead, `${lead.value.toUpperCase()} statements are not allowed in content (only queries and table changes)`);
  if (lead.value === 'create') {
    const secret = tokens.slice(0, 6).find((t) => t.kind === 'word' && (t.value === 'secret' || t.value === 'database'));
    if (secret) refuse(secret, `CREATE ${secret.value.toUpperCase()} is not allowed in content`);
  }

  // Which parenthesis depths are inside a FROM list (so `FROM t, 'x.csv'` is caught too).
  const inFrom: boolean[] = [false];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (token.kind === 'punct' && token.value === '(') { depth++; inFrom[depth] = false; continue; }
    if (token.kind === 'punct' && token.value === ')') { depth = Math.max(0, depth - 1); continue; }
    if (token.kind === 'word') {
      if (token.value === 'from' || token.value === 'join') inFrom[depth] = true;
      else if (CLAUSE_END.has(token.value)) inFrom[depth] = false;
    }
    const isCall = (token.kind === 'word' || token.kind === 'quoted') && next?.kind === 'punct' && next.value === '(';
    if (isCall) {
      const name = token.value.toLowerCase();
      if (name in NEVER_FUNCTIONS) refuse(token, NEVER_FUNCTIONS[name]!);
      else if (FILE_FUNCTIONS.has(name)) {
        const path = tokens[i + 2];
        const close = tokens[i + 3];
        const oneLiteral = path?.kind === 'string' && close?.kind === 'punct' && (close.value === ')' || close.value === ',');
        if (!oneLiteral || !registered.has(path.value)) {
          refuse(token, `${name}() reads files; content may read only files the studio registered${oneLiteral ? ` (not ${JSON.stringify(path.value)})` : ''}`);
        }
      }
      continue;
    }
    // A string, or a quoted name that looks like a path, where a table goes: DuckDB reads it as a file.
    const tableSlot = prev && ((prev.kind === 'word' && TABLE_POSITION.has(prev.value)) || (prev.kind === 'punct' && prev.value === ',' && inFrom[depth]));
    const fileLike = token.kind === 'string' || (token.kind === 'quoted' && /[./\\:]/.test(token.value));
    if (tableSlot && fileLike && !registered.has(token.value)) {
      refuse(token, `${JSON.stringify(token.value)} in a FROM clause reads a file; content may read only files the studio registered`);
    }
  }
}

/**
 * Every reason `sql` may not run as content, with its line; empty when it may. `sql` may hold
 * several statements.
 */
export function checkContentSql(sql: string, options: ContentGateOptions = {}): ContentRefusal[] {
  const registered = new Set(options.registered ?? []);
  const refusals: ContentRefusal[] = [];
  for (const statement of splitStatements(sql)) {
    const tokens = tokenize(statement.text);
    checkStatement(tokens, registered, (token, reason) => refusals.push({ line: lineAt(sql, statement.start + token.start), reason }));
  }
  return refusals;
}

/** Content SQL the gate refused; `message` names the place and every reason. */
export class ContentSqlRefused extends Error {
  constructor(
    readonly where: string,
    readonly refusals: readonly ContentRefusal[],
  ) {
    super(`${where}: refused by the content sandbox: ${refusals.map((r) => `line ${r.line}: ${r.reason}`).join('; ')}`);
    this.name = 'ContentSqlRefused';
  }
}

/** Throw `ContentSqlRefused` unless `sql` passes the gate. */
export function assertContentSql(sql: string, where: string, options: ContentGateOptions = {}): void {
  const refusals = checkContentSql(sql, options);
  if (refusals.length > 0) throw new ContentSqlRefused(where, refusals);
}
