// Lint, including the layer rules that keep the architecture honest (ARCHITECTURE.md):
// the contract imports nothing of the other folders, only src-main/electron imports 'electron',
// the renderer never imports src-main, and no code evaluates strings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnly = { name: 'electron', message: "Only src-main/electron/ (and the preload) may import 'electron'." };

/** no-restricted-imports for a layer, type-only imports allowed where noted. */
function restrict(paths, patterns, allowTypeImports = false) {
  return {
    '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns: patterns.map((p) => ({ ...p, allowTypeImports })) }],
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.test-results/**', '.bench-tmp/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'executeJavaScript', message: 'Never run code strings in a renderer.' },
        { property: 'executeJavaScriptInIsolatedWorld', message: 'Never run code strings in a renderer.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; never parse HTML strings.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      ...restrict([electronOnly], []),
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Build DOM nodes; never assign HTML strings.' }, { property: 'outerHTML', message: 'Build DOM nodes; never assign HTML strings.' }],
      ...restrict(
        [electronOnly, { name: 'better-sqlite3', message: 'The renderer never sees SQL.' }, { name: 'zod', message: 'Validation happens in main; import contract types only.' }],
        [
          { group: ['**/src-main/**', '**/src-main'], message: 'The renderer talks to main only through lib/api.ts.' },
          { group: ['node:*'], message: 'The renderer has no Node.' },
          { group: ['**/src-preload/index*'], message: 'Use lib/api.ts.' },
        ],
        true,
      ),
    },
  },
  {
    files: ['src-preload/contract/**/*.ts'],
    rules: restrict(
      [electronOnly, { name: 'better-sqlite3', message: 'The contract is shared by all processes.' }, { name: 'react', message: 'The contract is shared by all processes.' }],
      [
        { group: ['node:*'], message: 'The contract runs in every process: no Node APIs.' },
        { group: ['../*', '**/src-main/**', '**/src-renderer/**', 'react-dom', '@tiptap/react'], message: 'The contract imports nothing from the other folders.' },
      ],
    ),
  },
  {
    files: ['src-preload/index.ts'],
    rules: restrict(
      [{ name: 'zod', message: 'The preload stays tiny: channels only.' }],
      [{ group: ['./contract/*', '!./contract/channels.ts'], message: 'The preload imports only contract/channels.ts.' }],
    ),
  },
  {
    files: ['src-main/electron/**/*.ts', 'e2e/**/*.ts'],
    rules: restrict([], []),
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/index.ts'],
    rules: restrict([electronOnly], [{ group: ['**/electron/*', './electron/*'], message: 'Services, repos and rpc are Electron-free; only index.ts wires the shell.' }]),
  },
  {
    files: ['src-main/webHost.ts'],
    // The web host shares the CSP constant, which is a plain string and imports no Electron.
    rules: restrict([electronOnly], [{ group: ['**/electron/*', '!./electron/contentSecurityPolicy.ts'], message: 'Only the CSP constant is shared with the web host.' }]),
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
