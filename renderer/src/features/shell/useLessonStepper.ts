/**
 * Presentation mode's step-through of a lesson: J or Page Down moves to the next SQL block,
 * K or Page Up to the previous one, Enter runs the block in focus. Works on the lesson view's
 * DOM (the `.sql-block` elements) so the lessons feature needs no knowledge of it.
 */
import { useEffect } from 'react';

const NEXT = new Set(['j', 'J', 'PageDown']);
const PREVIOUS = new Set(['k', 'K', 'PageUp']);

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('.monaco-editor') !== null;
}

/** The index of the block to focus after a step; pure, for reading. */
export function nextBlockIndex(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + direction));
}

/** Listen while `enabled` (presentation mode on, lessons shown). */
export function useLessonStepper(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const view = document.querySelector('.app__view:not([hidden])');
      const blocks = Array.from(view?.querySelectorAll<HTMLElement>('.sql-block') ?? []);
      const active = document.activeElement;
      const current = blocks.findIndex((b) => active instanceof Node && b.contains(active));
      if (event.key === 'Enter') {
        // Only when the block itself has focus: a focused button keeps its own Enter.
        if (current < 0 || !(active instanceof HTMLElement) || !active.classList.contains('sql-block__code')) return;
        blocks[current]!.querySelector<HTMLButtonElement>('button[aria-label^="Run SQL block"]')?.click();
        event.preventDefault();
        return;
      }
      const direction = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
      if (direction === 0) return;
      const index = nextBlockIndex(current, blocks.length, direction);
      const code = blocks[index]?.querySelector<HTMLElement>('.sql-block__code');
      if (!code) return;
      event.preventDefault();
      code.tabIndex = -1;
      code.focus({ preventScroll: true });
      code.scrollIntoView({ block: 'center', behavior: 'instant' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
