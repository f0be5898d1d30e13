import { useRef, type ReactNode } from 'react';
import { downloadPng, downloadSvg } from './exportFiles';

export interface ChartFrameProps {
  /** Heading of the chart (also the accessible name of its figure and the export file name). */
  title: string;
  /** File name without extension for exports. */
  fileName: string;
  /** One line under the title saying how to read the chart. */
  caption?: string;
  /** Renders the `<svg>`; the frame passes a ref for exporting. */
  children: (ref: React.RefObject<SVGSVGElement | null>) => ReactNode;
}

/** A chart with its title, caption and SVG / PNG export buttons. */
export function ChartFrame({ title, fileName, caption, children }: ChartFrameProps) {
  const ref = useRef<SVGSVGElement | null>(null);
  return (
    <figure className="chart-frame" aria-label={title}>
      <figcaption className="chart-frame__head">
        <span className="chart-frame__title">{title}</span>
        <span className="chart-frame__actions">
          <button type="button" onClick={() => ref.current && downloadSvg(ref.current, fileName)} aria-label={`Export ${title} as SVG`}>
            SVG
          </button>
          <button type="button" onClick={() => ref.current && void downloadPng(ref.current, fileName)} aria-label={`Export ${title} as PNG`}>
            PNG
          </button>
        </span>
      </figcaption>
      {caption && <p className="chart-frame__caption">{caption}</p>}
      {children(ref)}
    </figure>
  );
}
