/**
 * Vite plugin: the page's HTML asks the browser to fetch (and compile, without running) the SQL
 * editor's chunks — Monaco, 3 MB — while the studio's own code loads. The editor view imports
 * them only after its first frame is on screen (running Monaco holds the main thread ~170 ms);
 * by then they are already here, rather than fetched only when asked for.
 */
import type { Plugin } from 'vite';

/** `entry`: the module whose chunk (and the chunks it imports) to preload, as a path ending. */
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
