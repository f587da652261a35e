// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'generated/', 'docs/api/', 'docs/site/', 'node_modules/', 'public/', 'tmp/', '.bench/', 'custom-elements.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    rules: {
      // Unused arguments prefixed with `_` are deliberate (handler signatures, overrides).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Build and dev scripts run in Node.
    files: ['**/*.mjs', 'scripts/**', '*.config.js'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', fetch: 'readonly', Request: 'readonly', Response: 'readonly', Headers: 'readonly',
        AbortController: 'readonly', ReadableStream: 'readonly', TextEncoder: 'readonly', performance: 'readonly',
      },
    },
  },
);
