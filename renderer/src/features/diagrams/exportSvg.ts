/**
 * Export a rendered diagram: as standalone SVG text (computed styles inlined, so it looks the
 * same outside the app) or as PNG (the SVG drawn onto a canvas). Usable by any feature.
 * The exported picture is the whole diagram at 1:1, whatever the current zoom: the element
 * marked `data-zoom-layer` loses its transform and the viewBox covers `data-content-width/height`.
 */

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
  const w = svg.getAttribute('data-content-width') ?? String(svg.clientWidth);
  const h = svg.getAttribute('data-content-height') ?? String(svg.clientHeight);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', w);
  clone.setAttribute('height', h);
  clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
  const bg = `<rect width="${w}" height="${h}" fill="#ffffff"/>`;
  const text = new XMLSerializer().serializeToString(clone);
  // A white background so the PNG is not transparent (dark viewers would hide the text).
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text.replace(/(<svg[^>]*>)/, `$1${bg}`)}`;
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

/** Offer a blob as a download named `fileName` (works in Electron and any browser). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export an <svg> as `<name>.svg`. */
export function exportSvgFile(svg: SVGSVGElement, name: string): void {
  downloadBlob(`${name}.svg`, new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }));
}

/** Export an <svg> as `<name>.png` at twice its size. */
export async function exportPngFile(svg: SVGSVGElement, name: string): Promise<void> {
  const w = Number(svg.getAttribute('data-content-width') ?? svg.clientWidth);
  const h = Number(svg.getAttribute('data-content-height') ?? svg.clientHeight);
  downloadBlob(`${name}.png`, await svgToPng(serializeSvg(svg), w, h));
}

/** A safe file name from a title: "Star — ER" → "star-er". */
export function fileNameFor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'diagram';
}
