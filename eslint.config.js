// ESLint flat config: typescript-eslint's recommended rules everywhere, plus the rule that keeps lib/ a pure core
// (no framework and no Node built-ins: it runs in the browser too; see ../shared/STYLE.md "A pure core").
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Every Node built-in by its bare name (fs, path, child_process, …); `node:*` is caught by the pattern below.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

const pureCore = {
  paths: [
    ...['next', 'react', 'react-dom'].map((name) => ({
      name,
      message: 'lib/ is the pure core: no framework imports (put it in app/ or components/).',
    })),
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'lib/ is the pure core and runs in the browser: no Node built-ins (put it in cli/ or scripts/).',
    })),
  ],
  patterns: [
    {
      group: ['node:*'],
      message: 'lib/ is the pure core and runs in the browser: no Node built-ins (put it in cli/ or scripts/).',
    },
    { group: ['next/*', 'react/*', 'react-dom/*'], message: 'lib/ is the pure core: no framework imports.' },
  ],
};

/** The pure-core rule with more banned import patterns. */
const withBans = (...patterns) => ({ ...pureCore, patterns: [...pureCore.patterns, ...patterns] });
const notTheMatcher = (message) => ({ group: ['**/match/*', '**/refine/*', '**/learn/*', '**/align.ts'], message });

export default defineConfig(
  {
    ignores: [
      '.next/**',
      'dist/**',
      'node_modules/**',
      'bench-out/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (placeholders in destructuring and callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureCore] },
  },
  {
    // Layers run one way: the verdicts and the diff read tokens, never the matcher or its passes.
    files: ['lib/verdict/**/*.ts', 'lib/diff/**/*.ts', 'lib/normalize/**/*.ts', 'lib/segment/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        withBans(
          notTheMatcher('lower layers do not import the matcher: move the shared helper below both (lib/normalize/).'),
        ),
      ],
    },
  },
  {
    // Quotes are compared at the surface: the quote check never sees stems or synonyms, nor the matcher's view.
    files: ['lib/quotes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        withBans(notTheMatcher('the quote check does not import the matcher.'), {
          group: ['**/normalize/*'],
          message: 'quotes are compared at the surface, never after stemming or synonyms (lib/quotes/surface.ts).',
        }),
      ],
    },
  },
  {
    // The shells run one way: components are used by app/, never the reverse; the CLI is a shell of its own.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/*', '**/app/**'],
              message: 'components/ do not import app/: move the shared piece below both.',
            },
            {
              group: ['**/cli/*', '**/cli/**'],
              message: 'components/ do not import cli/: move the shared piece to lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/*', '**/cli/**'],
              message: 'server/ and app/ do not import cli/: move the shared piece to lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests beside lib/ modules may read fixtures with node:fs; the rule is for the core itself.
    files: ['lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
