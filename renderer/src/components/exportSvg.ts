/**
 * Export a rendered diagram or chart: as standalone SVG text (computed styles inlined, so it
 * looks the same outside the app, e.g. on a slide) or as PNG (the SVG drawn onto a canvas).
 * The exported picture is the whole drawing at 1:1, whatever the current zoom: the element
 * marked `data-zoom-layer` loses its transform and the viewBox covers `data-content-width/height`
 * (a chart without them keeps its own viewBox size).
 */
import type { ExportFile } from './useExport';

/** Properties worth inlining for diagrams: paint, text and visibility. */
const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility', 'display',
];

/** Serialize an <svg> element to a standalone SVG document string. */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const dst = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const view = svg.ownerDocument.defaultView;
  src.forEach((el, i) => {
    const target = dst[i] as SVGElement;
    if (!view) return;
    const cs = view.getComputedStyle(el);
    const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).filter((s) => !s.endsWith(':')).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  clone.querySelectorAll('[data-zoom-layer]').forEach((g) => g.removeAttribute('transform'));
  clone.querySelectorAll('[data-export-ignore]').forEach((el) => el.remove());
  const { width: w, height: h } = svgSize(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
  const bg = `<rect width="${w}" height="${h}" fill="#ffffff"/>`;
  const text = new XMLSerializer().serializeToString(clone);
  // A white background so the PNG is not transparent (dark viewers and slides would hide the text).
  return text.replace(/(<svg[^>]*>)/, `$1${bg}`);
}

/** The drawing's size: the content size a zoomable diagram declares, else the viewBox, else the box on screen. */
function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  const width = Number(svg.getAttribute('data-content-width') ?? (box?.width || svg.clientWidth));
  const height = Number(svg.getAttribute('data-content-height') ?? (box?.height || svg.clientHeight));
  return { width, height };
}

/** Draw SVG text onto a canvas at `scale` (2 = sharp on projectors) and return a PNG blob. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The diagram could not be drawn as an image.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas available.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** An <svg> as the file `<name>.svg`. */
export function svgFile(svg: SVGSVGElement, name: string): ExportFile {
  return { name: `${name}.svg`, data: serializeSvg(svg), mime: 'image/svg+xml' };
}

/** An <svg> as the file `<name>.png`, drawn at `scale`× its size (2 = sharp on projectors). */
export async function pngFile(svg: SVGSVGElement, name: string, scale = 2): Promise<ExportFile> {
  const { width, height } = svgSize(svg);
  return { name: `${name}.png`, data: await svgToPng(serializeSvg(svg), width, height, scale), mime: 'image/png' };
}

/** A safe file name from a title: "Star — ER" → "star-er". */
export function fileNameFor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'diagram';
}
