/**
 * Zoom and pan for an SVG diagram: d3-zoom handles the gestures on the <svg>, React renders the
 * transform on the content group (d3 never touches the diagram's elements).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';

export interface ZoomApi {
  svgRef: React.RefObject<SVGSVGElement | null>;
  /** Current transform, as an SVG transform attribute. */
  transform: string;
  scale: number;
  /** Fit the whole content (never enlarging past 1:1). */
  fit: () => void;
  /** Centre a content point at the given scale. */
  focus: (x: number, y: number, k?: number) => void;
  zoomBy: (factor: number) => void;
}

/** Zoom behaviour for content of the given size. */
export function useZoom(contentWidth: number, contentHeight: number): ZoomApi {
  const svgRef = useRef<SVGSVGElement | null>(null);
  const [t, setT] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useMemo(
    () => zoom<SVGSVGElement, unknown>().scaleExtent([0.15, 4]).on('zoom', (e: { transform: ZoomTransform }) => setT(e.transform)),
    [],
  );
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const s = select(svg);
    s.call(behaviour).on('dblclick.zoom', null);
    return () => {
      s.on('.zoom', null);
    };
  }, [behaviour]);

  const size = (): [number, number] => {
    const svg = svgRef.current;
    return svg ? [svg.clientWidth || 800, svg.clientHeight || 500] : [800, 500];
  };
  const apply = useCallback((next: ZoomTransform) => {
    if (svgRef.current) select(svgRef.current).call(behaviour.transform, next);
  }, [behaviour]);

  const fit = useCallback(() => {
    const [w, h] = size();
    const k = Math.max(0.15, Math.min(1, w / contentWidth, h / contentHeight));
    apply(zoomIdentity.translate((w - contentWidth * k) / 2, Math.max(0, (h - contentHeight * k) / 2)).scale(k));
  }, [apply, contentWidth, contentHeight]);

  const focus = useCallback((x: number, y: number, k = 1) => {
    const [w, h] = size();
    apply(zoomIdentity.translate(w / 2 - x * k, h / 2 - y * k).scale(k));
  }, [apply]);

  const zoomBy = useCallback((factor: number) => {
    if (svgRef.current) select(svgRef.current).call(behaviour.scaleBy, factor);
  }, [behaviour]);

  return { svgRef, transform: t.toString(), scale: t.k, fit, focus, zoomBy };
}
