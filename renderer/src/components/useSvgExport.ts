/** Export buttons of a drawing: the same SVG and PNG files for diagrams and charts. */
import type { RefObject } from 'react';
import { pngFile, svgFile } from './exportSvg';
import { useExport } from './useExport';

export interface SvgExport {
  busy: boolean;
  error: string | null;
  /** Save the drawing in `ref` as `<name>.svg` or `<name>.png`. */
  exportAs(kind: 'svg' | 'png'): void;
}

export function useSvgExport(ref: RefObject<SVGSVGElement | null>, name: string): SvgExport {
  const { busy, error, run } = useExport();
  const exportAs = (kind: 'svg' | 'png') => {
    const svg = ref.current;
    if (svg) void run(() => (kind === 'svg' ? svgFile(svg, name) : pngFile(svg, name)));
  };
  return { busy, error, exportAs };
}
