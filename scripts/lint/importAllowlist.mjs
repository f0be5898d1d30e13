/**
 * An ESLint rule that holds every folder of the repository to an allowlist: a file may import
 * only the folders and packages its layer names. Allowlists, unlike lists of forbidden paths, fail
 * closed: a new folder or package is refused everywhere until a layer says it may be used.
 *
 * Relative imports are resolved against the importing file, so `../../features/x` is judged by
 * where it lands, not by how the string is spelt. Layers with `modules: true` treat each direct
 * subfolder as a module whose inside is private: another module reaches it only through its
 * `index` file.
 */
import path from 'node:path';

/**
 * @typedef {object} Layer
 * @property {string} folder Repository-relative folder (or file) the layer covers; the longest match wins.
 * @property {string} why One line shown in every refusal.
 * @property {string[]} [may] Folders (or files) it may import from, besides its own folder.
 * @property {string[]} [typesOnly] Folders it may import from with `import type` only.
 * @property {string[]} [packages] Packages it may import (`name`, `@scope/*`, `prefix-*`); sub-paths follow the package.
 * @property {boolean} [modules] Each direct subfolder is a module, reached from the others only through its index.
 * @property {string[]} [testsMay] Extra folders its test files (`*.test.ts`) may import.
 */

/** @param {string} name @param {string} pattern */
function packageMatches(name, pattern) {
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return name === pattern || name.startsWith(`${pattern}/`);
}

/** @param {string} file @param {string} folder */
function inside(file, folder) {
  return file === folder || file.startsWith(`${folder}/`) || file.startsWith(`${folder}.`);
}

/** @param {Layer[]} layers @param {string} file */
function layerOf(layers, file) {
  let best = null;
  for (const layer of layers) if (inside(file, layer.folder) && (!best || layer.folder.length > best.folder.length)) best = layer;
  return best;
}

/** The module (direct subfolder of a `modules` layer) a path belongs to, or null. */
function moduleOf(layer, file) {
  if (!layer.modules || !file.startsWith(`${layer.folder}/`)) return null;
  const rest = file.slice(layer.folder.length + 1);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what its layer allows.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' }, layers: { type: 'array' }, tests: { type: 'object' } }, additionalProperties: false }],
  },
  create(context) {
    const { root, layers, tests = {} } = context.options[0];
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const layer = layerOf(layers, file);
    if (!layer) return {};
    const isTest = /\.test\.tsx?$/.test(file);
    const packages = [...(layer.packages ?? []), ...(isTest ? tests.packages ?? [] : [])];
    const may = [...(layer.may ?? []), ...(isTest ? [...(tests.may ?? []), ...(layer.testsMay ?? [])] : [])];

    /** @param {import('estree').Node} node @param {string} source @param {boolean} typeOnly */
    function check(node, source, typeOnly) {
      const bare = source.replace(/\?.*$/, '');
      if (!bare.startsWith('.')) {
        if (!packages.some((p) => packageMatches(bare, p))) {
          context.report({ node, message: `'${source}' is not on the list of packages ${layer.folder} may import. ${layer.why}` });
        }
        return;
      }
      const target = path.relative(root, path.resolve(path.dirname(context.filename), bare)).split(path.sep).join('/');
      const mine = moduleOf(layer, file);
      const theirs = moduleOf(layer, target);
      if (inside(target, layer.folder) || layerOf(layers, target) === layer) {
        if (theirs && mine !== theirs && !/^[^/]+(\/index)?$/.test(target.slice(layer.folder.length + 1))) {
          context.report({ node, message: `'${source}' reaches inside ${layer.folder}/${theirs}: import it from '${layer.folder}/${theirs}' (its index). ${layer.why}` });
        }
        return;
      }
      if (may.some((f) => inside(target, f))) return;
      if (typeOnly && (layer.typesOnly ?? []).some((f) => inside(target, f))) return;
      const hint = (layer.typesOnly ?? []).some((f) => inside(target, f)) ? ' (types only: use `import type`)' : '';
      context.report({ node, message: `${layer.folder} may not import ${target}${hint}. ${layer.why}` });
    }

    const typeOnlyImport = (node) =>
      node.importKind === 'type' || node.exportKind === 'type' ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

    return {
      ImportDeclaration: (node) => check(node, node.source.value, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, typeOnlyImport(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && typeof node.source.value === 'string' && check(node, node.source.value, false),
    };
  },
};

export default { rules: { imports: rule } };
