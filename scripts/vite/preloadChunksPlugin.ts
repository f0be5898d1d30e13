/**
 * Vite plugin: the page's HTML names the chunks the first frame needs (the studio's code and the
 * editor view), so the browser fetches and compiles them alongside the tiny entry script instead
 * of one after another as each import is reached. Monaco is left out on purpose: compiling its
 * 3 MB this early held the first frame back (measured: shell 405 → 571 ms under load), and the
 * editor view asks for it once that frame is on screen.
 */
import type { Plugin } from 'vite';

/** `entries`: the modules whose chunks (and the chunks those import) to preload, each as a path ending. */
export function preloadChunkPlugin(...entries: string[]): Plugin {
  return {
    name: 'studio-preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const files = new Set<string>();
        for (const entry of entries) {
          const root = chunks.find((c) => c.facadeModuleId?.endsWith(entry)) ?? chunks.find((c) => c.moduleIds.some((id) => id.endsWith(entry)));
          if (!root) throw new Error(`preloadChunkPlugin: no chunk for ${entry}`);
          for (const file of [root.fileName, ...root.imports]) if (!chunks.find((c) => c.fileName === file)?.isEntry) files.add(file);
        }
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
