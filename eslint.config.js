import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * typescript-eslint's recommended rules over the TypeScript. Not the type-aware set: it costs over half a
 * minute of CPU here (the type-checker already runs in `npm run typecheck`), and most of what it adds is
 * `no-unsafe-*` on the tests' deliberately loose response bodies. Formatting is Prettier's
 * (`prettier --check` in `npm run lint`); the import layering is dependency-cruiser's (.dependency-cruiser.cjs).
 */
export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'cdk.out/',
      '.local/',
      'coverage/',
      '**/*.generated.ts',
      'codegen/*.cjs',
      '.dependency-cruiser.cjs',
      'examples/typed/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a deliberately unused binding (a destructured property left out of a copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read GraphQL response bodies whose shape each query decides; typing every one adds nothing.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The dashboard's script runs in the browser, as a module, with no build step.
    files: ['functions/local/dashboard/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        document: 'readonly',
        fetch: 'readonly',
        location: 'readonly',
        Node: 'readonly',
        Option: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
);
