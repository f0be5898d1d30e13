/** The module `classicScriptPlugin` provides (see scripts/vite/ and vite.config.ts). */
declare module 'virtual:monaco-core' {
  /** Monaco's editor API with the contributions `monacoCore.ts` imports, loaded from a classic script. */
  export * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
}
