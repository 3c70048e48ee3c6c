/**
 * The house's one-way flow, enforced: data → corpus → extract → reconcile → index → factcheck → render →
 * commands → dispatch → transports (discord, the console). A module may import from its own layer
 * and the ones before it, never from a later one, and no import may close a cycle.
 * `npm run lint` runs it; `npx depcruise src commands --output-type dot` draws it.
 */
const layers = [
  ['lib', '^src/lib/'],
  ['language', '^src/language/'],
  ['corpus', '^src/corpus/'],
  ['extract', '^src/extract/'],
  ['reconcile', '^src/reconcile/'],
  ['index', '^src/index/'],
  ['factcheck', '^src/factcheck/'],
  ['render', '^src/render/'],
  ['command', '^(src/command\\.ts|commands/)'],
  ['dispatch', '^src/dispatch\\.ts'],
  ['edge', '^src/(app|add|export|fetch-page|snapshot)\\.ts'],
  ['picture', '^src/picture/'],
  ['transport', '^src/(discord/|cli\\.ts|console\\.ts)'],
];

const upward = layers.flatMap(([name, path], i) =>
  layers.slice(i + 1).map(([later, laterPath]) => ({
    name: `${name}-not-${later}`,
    comment: `${name} comes before ${later} in the flow; it may not import it`,
    severity: 'error',
    from: { path },
    to: { path: laterPath },
  })),
);

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A cycle makes two modules one: split out what both need.',
      severity: 'error',
      from: { pathNot: '^node_modules' },
      to: { circular: true, pathNot: '^node_modules' },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle through types is still a cycle of meaning.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
