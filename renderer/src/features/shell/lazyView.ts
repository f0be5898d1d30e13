/**
 * A view's component, loaded on first use like `React.lazy`, that can also be loaded ahead of
 * its first render. Why not `lazy` alone: a lazy component always suspends on its first render,
 * and React holds back the content that replaces a Suspense fallback until 300 ms after the
 * fallback appeared. The view the studio opens on would then show "Loading…" for that long
 * even when its code is already there; loaded ahead, it renders in the first frame.
 */
import { createElement, lazy, type ComponentType } from 'react';

type ViewModule = { default: ComponentType };

/**
 * A component for `load`'s default export; `preload()` makes it render without suspending;
 * `retry()`, after a failed load, lets the next render load it again (a lazy component keeps
 * its failure for good, so a new one is made).
 */
export function lazyView(load: () => Promise<ViewModule>): { component: ComponentType; preload(): Promise<void>; retry(): void } {
  let loaded: ComponentType | undefined;
  let pending: Promise<ViewModule> | undefined;
  let failed = false;
  const once = (): Promise<ViewModule> =>
    (pending ??= load().then(
      (m) => ((loaded = m.default), m),
      (error: unknown) => {
        failed = true;
        throw error;
      },
    ));
  let Lazy = lazy(once);
  function View() {
    return createElement(loaded ?? Lazy);
  }
  const retry = (): void => {
    if (!failed) return;
    failed = false;
    pending = undefined;
    Lazy = lazy(once);
  };
  return { component: View, preload: () => once().then(() => undefined), retry };
}
