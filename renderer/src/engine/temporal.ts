/**
 * DuckDB's own text forms of dates, times, timestamps and intervals, computed from the raw
 * integers Arrow carries (days, microseconds, months/days/nanoseconds). Integer arithmetic
 * throughout: JS `Date` cannot hold DuckDB's full range and drops microseconds.
 */

const pad = (n: number | bigint, width = 2): string => String(n).padStart(width, '0');

/** Civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm). */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** `YYYY-MM-DD` (DuckDB writes years before 1 as `YYYY-MM-DD (BC)`). */
export function formatDate(daysSinceEpoch: number): string {
  const { y, m, d } = civilFromDays(daysSinceEpoch);
  if (y <= 0) return `${pad(1 - y, 4)}-${pad(m)}-${pad(d)} (BC)`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `HH:MM:SS` plus `.ffffff` with trailing zeros trimmed, from microseconds since midnight. */
export function formatTimeOfDay(micros: bigint): string {
  const secs = micros / 1_000_000n;
  const frac = micros % 1_000_000n;
  const text = `${pad(secs / 3600n)}:${pad((secs / 60n) % 60n)}:${pad(secs % 60n)}`;
  return frac === 0n ? text : `${text}.${pad(frac, 6).replace(/0+$/, '')}`;
}

const floorDiv = (a: bigint, b: bigint): bigint => (a % b < 0n ? a / b - 1n : a / b);

/** `YYYY-MM-DD HH:MM:SS[.ffffff]` from microseconds since the epoch; `+00` for TIMESTAMPTZ. */
export function formatTimestampMicros(micros: bigint, withZone = false): string {
  const days = floorDiv(micros, 86_400_000_000n);
  const inDay = micros - days * 86_400_000_000n;
  const date = formatDate(Number(days));
  const bc = date.endsWith(' (BC)');
  const text = `${bc ? date.slice(0, -5) : date} ${formatTimeOfDay(inDay)}${withZone ? '+00' : ''}`;
  return bc ? `${text} (BC)` : text;
}

/** A timestamp in Arrow `unit` as DuckDB prints it; nanosecond timestamps keep all 9 digits. */
export function formatTimestamp(value: bigint, unit: number, withZone = false): string {
  const micros = toMicros(value, unit);
  const nanos = unit === 3 ? value - micros * 1000n : 0n;
  const text = formatTimestampMicros(micros, withZone);
  if (nanos === 0n) return text;
  // Re-render the fraction with nanoseconds: drop any zone/BC suffix, then put it back.
  const m = /^(\S+ \d\d:\d\d:\d\d)(?:\.(\d+))?(.*)$/.exec(text);
  if (!m) return text;
  const micro6 = (m[2] ?? '').padEnd(6, '0');
  const fraction = `${micro6}${pad(nanos, 3)}`.replace(/0+$/, '');
  return `${m[1]}.${fraction}${m[3]}`;
}

/** Microseconds in one unit of an Arrow TimeUnit (0 = s, 1 = ms, 2 = µs, 3 = ns). */
export function toMicros(value: bigint, unit: number): bigint {
  switch (unit) {
    case 0: return value * 1_000_000n;
    case 1: return value * 1000n;
    case 3: return floorDiv(value, 1000n);
    default: return value;
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${Math.abs(n) === 1 ? one : many}`;

/** DuckDB's interval text, e.g. `1 year 2 months 3 days 04:05:06.5`; `00:00:00` when empty. */
export function formatInterval(months: number, days: number, nanos: bigint): string {
  const parts: string[] = [];
  const years = Math.trunc(months / 12);
  const mons = months % 12;
  if (years !== 0) parts.push(plural(years, 'year', 'years'));
  if (mons !== 0) parts.push(plural(mons, 'month', 'months'));
  if (days !== 0) parts.push(plural(days, 'day', 'days'));
  const micros = nanos / 1000n;
  if (micros !== 0n || parts.length === 0) {
    const negative = micros < 0n;
    parts.push(`${negative ? '-' : ''}${formatTimeOfDay(negative ? -micros : micros)}`);
  }
  return parts.join(' ');
}
