/**
 * Which rows of a virtualized grid to render for a scroll position. Pure, so it is tested with
 * exact numbers. Browsers cap an element's height (~33 M px in Chromium), so past `maxHeight`
 * the scroll bar is scaled: its fraction maps onto the row range instead of pixel for pixel.
 */

export interface RowWindowInput {
  rowCount: number;
  rowHeight: number;
  /** Height available to rows (the scroll viewport minus the sticky header), px. */
  viewportHeight: number;
  scrollTop: number;
  /** Extra rows rendered above and below the visible ones, for smooth scrolling. */
  overscan: number;
  /** Largest scrollable body height to create, px. */
  maxHeight: number;
}

export interface RowWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last to render (exclusive). */
  end: number;
  /** Where the row `start` sits in the body, px from its top. */
  offsetY: number;
  /** Height of the scrollable body, px. */
  totalHeight: number;
}

/** The rows to render and where to put them. */
export function computeRowWindow(input: RowWindowInput): RowWindow {
  const { rowCount, rowHeight, overscan, maxHeight } = input;
  const viewportHeight = Math.max(0, input.viewportHeight);
  const natural = rowCount * rowHeight;
  const totalHeight = Math.min(natural, maxHeight);
  const maxScroll = Math.max(0, totalHeight - viewportHeight);
  const scroll = Math.min(Math.max(0, input.scrollTop), maxScroll);
  let topRow: number; // fractional index of the row at the viewport's top edge
  if (natural <= maxHeight) {
    topRow = scroll / rowHeight;
  } else {
    const lastTop = rowCount - viewportHeight / rowHeight;
    topRow = maxScroll > 0 ? (scroll / maxScroll) * lastTop : 0;
  }
  const first = Math.floor(topRow);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, first + visible + overscan);
  const offsetY = scroll - (topRow - start) * rowHeight;
  return { start, end, offsetY, totalHeight };
}
