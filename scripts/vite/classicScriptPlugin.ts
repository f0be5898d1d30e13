/**
 * Vite plugin: a module the app imports as `id`, shipped as a classic script. Why: Chromium (and
 * Electron's renderer) keep the compiled code of a classic script between launches and compile
 * it again for an ES module on every launch; measured here, a returning launch reads a 2.2 MB
 * classic script's code back in 50–65 ms and compiles the same code as a module in 130–150 ms
 * every time. The studio uses it for Monaco's core, the largest script its editor waits for.
 *
 * At build time esbuild bundles `entry` into an IIFE that sets `globalName`, with its CSS and
 * fonts, emitted under assets/ with hashed names; the virtual module loads them
 * (`loadClassicScript`) and re-exports the bundle's exports, so `import { x } from id` reads as
 * any import. In the dev server the virtual module simply re-exports `entry`.
 */
import { build } from 'esbuild';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export interface ClassicScriptOptions {
  /** The import specifier the app uses, e.g. `virtual:monaco-core`. */
  id: string;
  /** The module to bundle (absolute path). */
  entry: string;
  /** The global the script sets. */
  globalName: string;
  /** The module that exports `loadClassicScript` (absolute path). */
  loader: string;
}

export function classicScriptPlugin({ id, entry, globalName, loader }: ClassicScriptOptions): Plugin {
  let config: ResolvedConfig;
  const resolved = `\0${id}`;
  return {
    name: 'studio-classic-script',
    configResolved(c) {
      config = c;
    },
    resolveId: (source) => (source === id ? resolved : null),
    async load(moduleId) {
      if (moduleId !== resolved) return null;
      if (config.command === 'serve') return `export * from ${JSON.stringify(entry)};`;
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'iife',
        globalName,
        minify: config.build.minify !== false,
        target: config.build.target === 'modules' ? 'es2022' : (config.build.target as string | string[]),
        outdir: path.join(config.root, config.build.assetsDir),
        entryNames: '[name]-[hash]',
        assetNames: '[name]-[hash]',
        loader: { '.ttf': 'file' },
        metafile: true,
        write: false,
        logLevel: 'silent',
      });
      const outputs = Object.entries(result.metafile.outputs);
      const script = outputs.find(([file, meta]) => file.endsWith('.js') && meta.entryPoint !== undefined);
      if (!script) throw new Error(`classicScriptPlugin: esbuild made no script for ${entry}`);
      const refs = new Map<string, string>();
      for (const file of result.outputFiles) {
        const fileName = `${config.build.assetsDir}/${path.basename(file.path)}`;
        refs.set(path.basename(file.path), this.emitFile({ type: 'asset', fileName, source: file.contents }));
      }
      const urlOf = (file: string): string => `import.meta.ROLLUP_FILE_URL_${refs.get(path.basename(file))!}`;
      const styles = outputs.filter(([file]) => file.endsWith('.css')).map(([file]) => urlOf(file));
      const names = await exportNames(entry);
      return [
        `import { loadClassicScript } from ${JSON.stringify(loader)};`,
        `const bundle = await loadClassicScript(${urlOf(script[0])}, [${styles.join(', ')}], ${JSON.stringify(globalName)});`,
        names.length ? `export const { ${names.join(', ')} } = bundle;` : '',
      ].join('\n');
    },
  };
}

/** The names `entry` exports (an IIFE's metafile lists none), read by esbuild without bundling. */
async function exportNames(entry: string): Promise<string[]> {
  const { metafile } = await build({ entryPoints: [entry], format: 'esm', metafile: true, write: false, outdir: 'out', logLevel: 'silent' });
  return Object.values(metafile.outputs).flatMap((output) => output.exports);
}
