/**
 * Exports for slides: a chart's SVG as a standalone file (styles inlined, since the CSS file
 * is not shipped with it), the same rendered to PNG at 2× for sharp projection, tables as CSV.
 * Files are handed to the browser as downloads (Electron shows its save dialog for those).
 */
import { downloadBlob, svgToPng } from '../diagrams/exportSvg';

/** Offer `blob` as a download named `fileName` (one implementation, shared with the diagrams). */
export const download = (fileName: string, blob: Blob): void => downloadBlob(fileName, blob);

const INLINED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'opacity'];

/** Serialize an on-screen SVG with computed presentation styles written onto each element. */
export function svgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const style = getComputedStyle(el);
    const out = target[i] as SVGElement;
    for (const prop of INLINED) {
      const v = style.getPropertyValue(prop);
      if (v) out.style.setProperty(prop, v);
    }
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.viewBox.baseVal;
  clone.setAttribute('width', String(width || svg.clientWidth));
  clone.setAttribute('height', String(height || svg.clientHeight));
  // A white background so the chart reads on dark slides too.
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  clone.insertBefore(bg, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

/** Download a chart as SVG. */
export function downloadSvg(svg: SVGSVGElement, baseName: string): void {
  download(`${baseName}.svg`, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
}

/** Download a chart as PNG, drawn at `scale`× its size. */
export async function downloadPng(svg: SVGSVGElement, baseName: string, scale = 2): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const blob = await svgToPng(svgText(svg), width || svg.clientWidth, height || svg.clientHeight, scale);
  download(`${baseName}.png`, blob);
}

/** Download CSV text. */
export function downloadCsv(csv: string, baseName: string): void {
  download(`${baseName}.csv`, new Blob([csv], { type: 'text/csv' }));
}
