import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'dist-e2e', 'node_modules', 'public', 'test-results', 'geo', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One owner of the map instance: only src/map/ may import maplibre-gl.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'maplibre-gl', message: 'Only src/map/ talks to MapLibre; send intents through the store.' }],
          patterns: ['maplibre-gl/*'],
        },
      ],
    },
  },
  {
    // Turf is imported by name so the bundle keeps only what is used.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportNamespaceSpecifier[parent.source.value='@turf/turf']",
          message: 'Import Turf functions by name.',
        },
        {
          selector: "ImportDefaultSpecifier[parent.source.value='@turf/turf']",
          message: 'Import Turf functions by name.',
        },
      ],
    },
  },
);
