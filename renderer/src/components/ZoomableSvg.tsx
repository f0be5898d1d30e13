/**
 * A diagram frame: an SVG with zoom/pan (d3-zoom), a toolbar (zoom in/out, fit, export SVG and
 * PNG) and the diagram's content as children, rendered by React in content coordinates.
 */
import { useEffect, useImperativeHandle, type ReactNode, type Ref } from 'react';
import { fileNameFor } from './exportSvg';
import { useSvgExport } from './useSvgExport';
import { useZoom } from './useZoom';
import './ZoomableSvg.css';

/** What a parent can ask of the frame (e.g. focus the hottest operator). */
export interface ZoomHandle {
  focus: (x: number, y: number, k?: number) => void;
  fit: () => void;
}

export interface ZoomableSvgProps {
  /** Accessible name of the diagram, also the export file name. */
  title: string;
  width: number;
  height: number;
  children: ReactNode;
  /** Where to look first: fit the whole diagram (default) or centre a point at 1:1. */
  initialFocus?: { x: number; y: number } | null;
  /** Extra controls placed in the toolbar. */
  toolbarExtra?: ReactNode;
  handle?: Ref<ZoomHandle>;
  className?: string;
}

/** A zoomable, exportable frame for a diagram drawn in content coordinates. */
export function ZoomableSvg({ title, width, height, children, initialFocus, toolbarExtra, handle, className }: ZoomableSvgProps) {
  const z = useZoom(width, height);
  useImperativeHandle(handle, () => ({ focus: z.focus, fit: z.fit }), [z.focus, z.fit]);
  const fx = initialFocus?.x;
  const fy = initialFocus?.y;
  useEffect(() => {
    // Show everything when its text stays readable (fit ≥ 60%); else, at 85%, centre the point
    // of interest or show the top of the diagram (a plan's result end).
    const svg = z.svgRef.current;
    const viewH = svg?.clientHeight || 500;
    const fitScale = svg ? Math.min(1, (svg.clientWidth || 800) / width, viewH / height) : 1;
    if (fitScale >= 0.6) z.fit();
    else if (fx !== undefined && fy !== undefined) z.focus(fx, fy, 0.85);
    else z.focus(width / 2, Math.min(height / 2, viewH / 2 / 0.85 - 10), 0.85);
    // Only when the diagram itself changes: the user's own zoom must not be undone on re-render.
  }, [width, height, fx, fy]);
  const exporter = useSvgExport(z.svgRef, fileNameFor(title));
  return (
    <div className={`zsvg ${className ?? ''}`}>
      <div className="zsvg__toolbar" role="toolbar" aria-label={`${title}: view and export`}>
        <button type="button" className="btn" onClick={() => z.zoomBy(1.25)} aria-label="Zoom in">+</button>
        <button type="button" className="btn" onClick={() => z.zoomBy(0.8)} aria-label="Zoom out">−</button>
        <button type="button" className="btn" onClick={z.fit}>Fit</button>
        <span className="zsvg__scale" aria-live="polite">{Math.round(z.scale * 100)}%</span>
        {toolbarExtra}
        <span className="zsvg__spacer" />
        <button type="button" className="btn" onClick={() => exporter.exportAs('svg')} disabled={exporter.busy}>Export SVG</button>
        <button type="button" className="btn" onClick={() => exporter.exportAs('png')} disabled={exporter.busy}>Export PNG</button>
        {exporter.error && <span role="alert" className="zsvg__error">{exporter.error}</span>}
      </div>
      <svg
        ref={z.svgRef}
        className="zsvg__svg"
        role="group"
        aria-label={title}
        data-content-width={Math.ceil(width)}
        data-content-height={Math.ceil(height)}
      >
        <g data-zoom-layer="" transform={z.transform}>
          {children}
        </g>
      </svg>
    </div>
  );
}
