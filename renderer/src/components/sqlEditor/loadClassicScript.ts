/**
 * Load a classic script that sets one global (an esbuild IIFE bundle), with its stylesheets, and
 * resolve with that global. The build uses it for Monaco's core (see `monacoCore.ts`).
 *
 * The stylesheets go first in <head>, before the studio's own: the studio's rules then override
 * the library's where both set the same property, whichever loaded first.
 */
export async function loadClassicScript<T>(scriptUrl: string, styleUrls: readonly string[], globalName: string): Promise<T> {
  const anchor = document.head.firstChild;
  const styles = styleUrls.map((href) => attach(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }), href, anchor));
  const script = attach(Object.assign(document.createElement('script'), { src: scriptUrl }), scriptUrl, null);
  await Promise.all([script, ...styles]);
  const value = (globalThis as Record<string, unknown>)[globalName];
  if (value === undefined) throw new Error(`${scriptUrl} loaded but did not define ${globalName}`);
  return value as T;
}

/** Insert `element` into <head> (before `before`, or at its end) and resolve once it has loaded. */
function attach(element: HTMLElement, url: string, before: ChildNode | null): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`Could not load ${url}`)), { once: true });
    document.head.insertBefore(element, before);
  });
}
