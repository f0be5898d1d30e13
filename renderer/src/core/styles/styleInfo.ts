/**
 * The modeling styles' names and colours, defined once for every view (Schemas, Compare,
 * Diagrams, Plan, lessons). A style a learner adds, or one an opened pack brings, has no entry:
 * it is shown by its own id and gets a stable spare colour.
 */

/** How each reference style is named on screen. */
const LABELS: Record<string, string> = {
  denormalized: 'Denormalized (nested)',
  nf1: 'First normal form (1NF)',
  nf2: 'Second normal form (2NF)',
  nf3: 'Third normal form (3NF)',
  star: 'Star schema',
  vault: 'Data Vault',
  obt: 'One Big Table',
};

/**
 * One colour per modeling style, the same on every chart. Okabe–Ito colours (distinguishable
 * with the common colour-vision deficiencies), darkened where needed for contrast on white.
 */
const COLORS: Record<string, string> = {
  denormalized: '#8f5600',
  nf1: '#22679a',
  nf2: '#007a5a',
  nf3: '#0b3d91',
  star: '#b03f08',
  vault: '#a8437f',
  obt: '#3b3b3b',
};
const SPARE = ['#6a3d9a', '#1f78b4', '#33a02c', '#e31a1c', '#ff7f00'];

/** The name a person reads for a style id; unknown ids are shown as they are. */
export function styleLabel(style: string): string {
  return LABELS[style] ?? style;
}

/** The reference styles' ids in course order (nested → normal forms → star → vault → OBT). */
export const REFERENCE_STYLES: readonly string[] = Object.keys(LABELS);

/** Colour of a style; unknown styles get a stable spare colour from their name. */
export function styleColor(style: string): string {
  const known = COLORS[style];
  if (known) return known;
  let h = 0;
  for (const ch of style) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length]!;
}
