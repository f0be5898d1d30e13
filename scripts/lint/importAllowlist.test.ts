/**
 * Proof that the layer rules hold: each forbidden import, linted as if it sat in the named file,
 * fails `npm run lint` with the layer's reason; the allowed ways in pass.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layer-rule messages ESLint gives `code` placed at `file` (repository-relative). */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath: `${root}${file}` });
  return result.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

describe('forbidden imports fail lint', () => {
  const forbidden: [string, string, string, RegExp][] = [
    ['the engine’s pack builder reaching into a feature', 'renderer/src/engine/pack/probe.ts', "import { editorStore } from '../../features/editor/editorStore';", /engine may not import renderer\/src\/features\/editor\/editorStore/],
    ['the engine reaching the platform', 'renderer/src/engine/pack/probe.ts', "import { platform } from '../../platform';", /engine may not import renderer\/src\/platform/],
    ['the engine reaching the platform from its top folder', 'renderer/src/engine/probe.ts', "import { platform } from '../platform';", /engine may not import renderer\/src\/platform/],
    ['core importing a script', 'renderer/src/core/pack/probe.ts', "import { compare } from '../../../../scripts/compare';", /core may not import scripts\/compare/],
    ['core importing React', 'renderer/src/core/probe.ts', "import { useState } from 'react';", /'react' is not on the list of packages renderer\/src\/core may import/],
    ['core importing the engine', 'renderer/src/core/probe.ts', "import { NodeEngine } from '../engine/nodeEngine';", /core may not import renderer\/src\/engine\/nodeEngine/],
    ['a feature importing the main process', 'renderer/src/features/editor/probe.ts', "import { registerIpc } from '../../../../electron/main/ipc';", /features may not import electron\/main\/ipc/],
    ['the main process importing the renderer', 'electron/main/probe.ts', "import { parsePack } from '../../renderer/src/core/pack/packSchema';", /electron\/main may not import renderer\/src\/core\/pack\/packSchema/],
    ['the contract importing anything', 'electron/common/probe.ts', "import { z } from 'zod';", /'zod' is not on the list of packages electron\/common may import/],
    ['the platform importing a value from the contract', 'renderer/src/platform/probe.ts', "import { channels } from '../../../electron/common/contract';", /platform may not import electron\/common\/contract \(types only/],
    ['components importing a feature', 'renderer/src/components/probe.tsx', "import { editorStore } from '../features/editor/editorStore';", /components may not import renderer\/src\/features\/editor\/editorStore/],
    ['an e2e spec importing app source', 'e2e/probe.spec.ts', "import { formatSql } from '../renderer/src/features/editor/formatSql';", /e2e may not import renderer\/src\/features\/editor\/formatSql/],
    ['a feature reaching inside another feature', 'renderer/src/features/lessons/probe.ts', "import { packStore } from '../packs/packStore';", /'\.\.\/packs\/packStore' reaches inside renderer\/src\/features\/packs: import it from 'renderer\/src\/features\/packs' \(its index\)/],
    ['a script importing a feature', 'scripts/probe.ts', "import { checkAnswer } from '../renderer/src/features/lessons/checkAnswer';", /scripts may not import renderer\/src\/features\/lessons\/checkAnswer/],
    ['a dynamic import across layers', 'renderer/src/core/probe.ts', "export const later = () => import('../features/editor/EditorView');", /core may not import renderer\/src\/features\/editor\/EditorView/],
    ['a re-export across layers', 'renderer/src/engine/probe.ts', "export { editorStore } from '../features/editor/editorStore';", /engine may not import renderer\/src\/features\/editor\/editorStore/],
  ];
  it.each(forbidden)('%s', async (_name, file, code, message) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });
});

describe('allowed imports pass', () => {
  const allowed: [string, string, string][] = [
    ['the engine importing core', 'renderer/src/engine/pack/probe.ts', "import { parsePack } from '../../core/pack/packSchema';"],
    ['a feature importing core, engine, platform and React', 'renderer/src/features/editor/probe.ts', "import { parsePack } from '../../core/pack/packSchema';\nimport { platform } from '../../platform';\nimport { useState } from 'react';\nimport type { Engine } from '../../engine/engine';"],
    ['a feature importing another feature through its index, and its own files directly', 'renderer/src/features/lessons/probe.ts', "import { usePack } from '../packs';\nimport { bundledLessons } from './bundledLessons';"],
    ['the composition root lazily importing a screen file', 'renderer/src/probe.ts', "export const screen = () => import('./features/packs/PacksView');"],
    ['the platform importing contract types', 'renderer/src/platform/probe.ts', "import type { StudioBridge } from '../../../electron/common/contract';"],
    ['core importing core and zod', 'renderer/src/core/pack/probe.ts', "import { z } from 'zod';\nimport { statementAt } from '../sqlText/statements';"],
    ['a unit test using vitest and Node', 'renderer/src/core/pack/probe.test.ts', "import { it } from 'vitest';\nimport { readFileSync } from 'node:fs';"],
    ['the main process importing the contract', 'electron/main/probe.ts', "import type { StudioBridge } from '../common/contract';"],
  ];
  it.each(allowed)('%s', async (_name, file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
