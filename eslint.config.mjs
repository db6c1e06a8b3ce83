import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layering from './scripts/eslint-layering.mjs';

/** Syntax refused everywhere: raw HTML (names and notes are untrusted), code from strings. */
const UNSAFE_SYNTAX = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No raw HTML: names and notes are untrusted (RELIABILITY.md R-03).',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No raw HTML: names and notes are untrusted (RELIABILITY.md R-03).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No raw HTML (RELIABILITY.md R-03).',
  },
  {
    selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
    message: 'No code from strings.',
  },
];

/**
 * Where keys come from imported files (issue 14): a column, attribute or key named `constructor`,
 * `toString` or `__proto__` must be an ordinary name. A `{}` used as a dictionary inherits them
 * from Object.prototype (a lookup finds a function, `__proto__` is a setter), and `key in record`
 * finds them too. What syntax can show is refused here; what it cannot (a `{}` in a property
 * typed as a record, `record[key]` on an object that has a prototype) is left to review.
 */
const FILE_KEY_SYNTAX = [
  {
    selector: "BinaryExpression[operator='in'][left.type!='Literal']",
    message:
      '`key in record` also finds inherited names (`constructor`): use Object.hasOwn (hasKey in shared/io/fileRecord.ts) or a Map.',
  },
  {
    selector:
      "VariableDeclarator[id.typeAnnotation.typeAnnotation.typeName.name='Record'] > ObjectExpression.init[properties.length=0]",
    message:
      'A `{}` dictionary inherits `constructor` and the `__proto__` setter: use fileRecord() (shared/io/fileRecord.ts) or a Map.',
  },
  {
    selector:
      "TSAsExpression[typeAnnotation.typeName.name='Record'] > ObjectExpression[properties.length=0]",
    message:
      'A `{}` dictionary inherits `constructor` and the `__proto__` setter: use fileRecord() (shared/io/fileRecord.ts) or a Map.',
  },
  {
    selector: "CallExpression[callee.object.name='Object'][callee.property.name='fromEntries']",
    message:
      'Object.fromEntries builds a record with a prototype: use fileRecord(entries) (shared/io/fileRecord.ts) or a Map.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { influmap: { rules: { layering } } },
    rules: {
      'influmap/layering': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...UNSAFE_SYNTAX],
      // Object.hasOwn, not `obj.hasOwnProperty(k)` (an object may have its own `hasOwnProperty`,
      // or no prototype at all).
      'no-prototype-builtins': 'error',
      'prefer-object-has-own': 'error',
    },
  },
  // The readers of imported files and the import pipeline: records keyed by a file's names.
  // Writers (write*.ts) serialise the map's own data and look nothing up by those names.
  {
    files: ['shared/io/**/*.ts', 'db/io/**/*.ts'],
    ignores: ['shared/io/write*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...UNSAFE_SYNTAX, ...FILE_KEY_SYNTAX] },
  },
  // Type-aware rules: a promise nobody awaits turns a user error into an unhandled rejection and
  // a stack trace (issue 14); a promise where a callback is expected is never waited for.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['**/*.{cjs,mjs}', 'scripts/**', 'cli/bin/**', '.ci/**'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
