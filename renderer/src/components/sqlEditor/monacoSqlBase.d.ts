// Types for Monaco's basic SQL language module, which ships without a declaration file.
declare module 'monaco-editor/esm/vs/basic-languages/sql/sql.js' {
  import type { languages } from 'monaco-editor/esm/vs/editor/editor.api';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage & { keywords: string[]; builtinFunctions: string[] };
}
