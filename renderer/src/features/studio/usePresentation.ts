/**
 * Applies presentation mode and zoom to the whole page: the root font size (every rem-sized
 * thing scales with it) and `data-presentation` on <html>, which App.css uses for the
 * high-contrast theme and to hide chrome.
 */
import { useEffect } from 'react';
import { useWorkspaceExtras } from '../workspace';

/** Root font size in px: 16 normally, larger when presenting, times the user's zoom. */
export function rootFontSize(presentation: boolean, zoom: number): number {
  return Math.round(16 * (presentation ? 1.25 : 1) * zoom * 100) / 100;
}

/** Editor (Monaco) font size in px, which rems do not reach. */
export function editorFontSize(presentation: boolean, zoom: number): number {
  return Math.round((presentation ? 22 : 16) * zoom);
}

export function usePresentation(): void {
  const { presentation, zoom } = useWorkspaceExtras();
  useEffect(() => {
    const root = document.documentElement;
    root.style.fontSize = `${rootFontSize(presentation, zoom)}px`;
    if (presentation) root.dataset.presentation = 'on';
    else delete root.dataset.presentation;
  }, [presentation, zoom]);
}
