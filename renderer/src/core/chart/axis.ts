/**
 * The one axis convention of every chart in the studio (compare's bars, ranges and log-log lines,
 * the lessons' charts): a layout returns its ticks as positions in px along the axis with their
 * labels, and the `ChartAxis` component draws them. Pure.
 */

/** Margins inside the SVG, room for axis labels. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A tick on an axis: its position in px along the axis and its label. */
export interface Tick {
  at: number;
  label: string;
}
