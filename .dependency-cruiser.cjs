// The layering of src/, enforced by `npm run lint:deps` (part of `npm test`): a folder imports only folders below it.
// Order, lowest first. Adding a folder means placing it here; an upward import or any cycle fails the check.
const LAYERS = [
  'vocab', 'errors', 'text', 'config', 'files', 'html',
  'model', 'ingest', 'rdf', 'editions', 'pipeline',
  'store', 'sparql', 'linked-data', 'checks', 'reports', 'explorer',
  'http', 'cli',
];

const upward = LAYERS.map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `src/${layer}/ may import only the layers below it (${LAYERS.slice(0, i).join(', ') || 'none'})`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|') || 'none'})/` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'no import cycle between modules', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'known-layer',
      comment: 'every folder of src/ is a layer listed in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: `^src/(${LAYERS.join('|')})/` },
    },
    { name: 'src-stays-in-src', comment: 'the product never imports benchmarks or tests', severity: 'error', from: { path: '^src/' }, to: { path: '^(bench|test)/' } },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|bench|test)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
