/**
 * Exports for slides: a chart's SVG as a standalone file (styles inlined, since the CSS file
 * is not shipped with it), the same rendered to PNG at 2× for sharp projection, tables as CSV.
 * Files are handed to the browser as downloads (Electron shows its save dialog for those).
 */

/** Offer `blob` as a download named `fileName`. */
export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
  const text = svgText(svg);
  const { width, height } = svg.viewBox.baseVal;
  const w = width || svg.clientWidth;
  const h = height || svg.clientHeight;
  const img = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas available');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    download(`${baseName}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Download CSV text. */
export function downloadCsv(csv: string, baseName: string): void {
  download(`${baseName}.csv`, new Blob([csv], { type: 'text/csv' }));
}
