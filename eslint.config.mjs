import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** One door to Tatodesk: the adapter's index (server) and its domain types (client components). */
const adapterDoor = {
  group: [
    '@/lib/tatodesk/*',
    '!@/lib/tatodesk/types',
    // The contract's shared rules: the CPF check and the simulator's public key.
    '!@/lib/tatodesk/contract',
    '@/lib/tatodesk/contract/*',
    '!@/lib/tatodesk/contract/cpf',
    '!@/lib/tatodesk/contract/codes',
    '!@/lib/tatodesk/contract/simulator-key',
  ],
  message: 'Outside the adapter, import from @/lib/tatodesk (or @/lib/tatodesk/types in client components).',
};
/** The app reaches the simulator only to start it at boot (lib/server/start.ts). */
const noSimulator = {
  group: ['@/simulator', '@/simulator/*'],
  message: 'The app talks to Tatodesk, never to the simulator.',
};

/** Pages link with plain anchors (see the rule's note below). */
const noLink = {
  name: 'next/link',
  message: 'Link with a plain <a>: next/link ships its client router to every page (scripts/budget/).',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // No import loops (npx madge --circular finds none today): a new one fails the lint.
      'import/no-cycle': 'error',
      // Pages link with plain anchors: each is rendered by the server and works without JavaScript,
      // and next/link's client router would add about 4 kB to every page (the JavaScript budget,
      // scripts/budget/). next/link is refused so that it does not come back unseen.
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { paths: [noLink] }],
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          pathGroupsExcludedImportTypes: ['builtin'],
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['lib/tatodesk/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noLink], patterns: [adapterDoor, noSimulator] }] },
  },
  {
    // Components take routes' server actions as props: they never reach into app/.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noLink],
          patterns: [
            adapterDoor,
            noSimulator,
            {
              group: ['@/app', '@/app/*'],
              message: 'Pass the server action in as a prop; components never import app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/server/start.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noLink], patterns: [adapterDoor] }] },
  },
  {
    files: ['lib/tatodesk/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noSimulator] }] },
  },
  {
    // The simulator is a peer server: it shares the contract with the app, and nothing else.
    files: ['simulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/*', '!@/lib', '@/lib/*', '!@/lib/tatodesk', '@/lib/tatodesk/*', '!@/lib/tatodesk/contract'],
              message: 'The simulator imports only the contract (@/lib/tatodesk/contract/…).',
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '**/.next/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'reports/**',
    'next-env.d.ts',
  ]),
]);
