import { useRef, type ReactNode } from 'react';
import { useSvgExport } from '../../components/useSvgExport';

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
  const exporter = useSvgExport(ref, fileName);
    return (
    <figure className="chart-frame" aria-label={title}>
      <figcaption className="chart-frame__head">
        <span className="chart-frame__title">{title}</span>
        <span className="chart-frame__actions">
          <button type="button" onClick={() => exporter.exportAs('svg')} disabled={exporter.busy} aria-label={`Export ${title} as SVG`}>
            SVG
          </button>
          <button type="button" onClick={() => exporter.exportAs('png')} disabled={exporter.busy} aria-label={`Export ${title} as PNG`}>
            PNG
          </button>
        </span>
      </figcaption>
      {exporter.error && <p role="alert" className="chart-frame__caption">{exporter.error}</p>}
      {caption && <p className="chart-frame__caption">{caption}</p>}
      {children(ref)}
    </figure>
  );
}
