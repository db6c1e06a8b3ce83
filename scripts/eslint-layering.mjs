// The layering of STYLE.md §1 as a lint rule: which top-level folder may import which, and which
// packages each may use. Relative imports are resolved to their folder, so `../../db/x` from
// shared/ is caught however it is spelled.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'cytoscape', 'd3'];

/** Layer → the layers (folder prefixes) it may import from, and the packages it may not use. */
const RULES = {
  shared: {
    may: ['shared/'],
    forbidNode: true,
    forbid: ['electron', 'better-sqlite3', 'pdfkit', ...UI_PACKAGES],
  },
  db: { may: ['shared/', 'db/'], forbidNode: false, forbid: ['electron', ...UI_PACKAGES] },
  cli: { may: ['shared/', 'db/', 'cli/'], forbidNode: false, forbid: ['electron', ...UI_PACKAGES] },
  'electron/main': {
    may: ['shared/', 'db/', 'electron/main/'],
    forbidNode: false,
    forbid: UI_PACKAGES,
  },
  // The sandboxed preload gets the method names only: no zod, no schemas, no service.
  'electron/preload': {
    may: ['shared/api/methods', 'electron/preload/'],
    forbidNode: true,
    forbid: ['better-sqlite3', 'zod', ...UI_PACKAGES],
  },
  // The PDF is written by the service (Node), never in the page.
  renderer: {
    may: ['shared/', 'renderer/'],
    forbidNode: true,
    forbid: ['electron', 'better-sqlite3', 'pdfkit'],
  },
};

function layerOf(file) {
  const rel = relative(ROOT, file).split(sep).join('/');
  if (rel.startsWith('electron/main/')) return 'electron/main';
  if (rel.startsWith('electron/preload/')) return 'electron/preload';
  const top = rel.split('/')[0];
  return Object.hasOwn(RULES, top) ? top : null;
}

function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layering of STYLE.md §1' },
    messages: {
      layer: '{{layer}}/ may not import {{target}} (layering: STYLE.md §1)',
      package: '{{layer}}/ may not use the package "{{pkg}}" (layering: STYLE.md §1)',
    },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const layer = layerOf(file);
    if (!layer) return {};
    const rule = RULES[layer];

    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = relative(ROOT, resolve(dirname(file), source))
          .split(sep)
          .join('/');
        if (
          !rule.may.some(
            (prefix) => target === prefix.replace(/\/$/, '') || target.startsWith(prefix),
          )
        ) {
          context.report({ node, messageId: 'layer', data: { layer, target } });
        }
        return;
      }
      const pkg = packageName(source);
      if ((rule.forbidNode && NODE_BUILTINS.has(source)) || rule.forbid.includes(pkg)) {
        context.report({ node, messageId: 'package', data: { layer, pkg: source } });
      }
    };

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};
