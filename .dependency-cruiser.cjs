/**
 * The import rules of the architecture (src/lib/README.md), checked by `npm run lint:deps`.
 * content/ is the entry format and stands alone; intake/ and metrics/ may read content (intake also the
 * metrics' HTTP client); views/ may read content and metrics; nothing in src/ imports intake/;
 * nothing in src/lib reaches into the site, the scripts or the tests.
 */
const SITE = '^src/(pages|components|layouts|scripts|page-data|integrations)/';

module.exports = {
  forbidden: [
    {
      name: 'content-stands-alone',
      comment: 'src/lib/content (the entry format) imports nothing else from src/: move the shared code into content/, or pass it in as a parameter.',
      severity: 'error',
      from: { path: '^src/lib/content/' },
      to: { path: '^src/', pathNot: '^src/lib/content/' },
    },
    {
      name: 'metrics-reads-only-content',
      comment: 'src/lib/metrics may import src/lib/content, nothing else from src/ (views and pages build on metrics, not the other way).',
      severity: 'error',
      from: { path: '^src/lib/metrics/' },
      to: { path: '^src/', pathNot: '^src/lib/(metrics|content)/' },
    },
    {
      name: 'intake-reads-only-content',
      comment:
        'src/lib/intake (bringing outside material into content/) may import src/lib/content and, of metrics, only the HTTP client (src/lib/metrics/http-client.ts: the weekly watch asks the Hub and arXiv with the same rate limits, backoff and same-origin redirects); nothing else from src/; nothing in src/lib imports it (scripts do).',
      severity: 'error',
      from: { path: '^src/lib/intake/' },
      to: { path: '^src/', pathNot: '^src/lib/(intake|content)/|^src/lib/metrics/http-client\\.ts$' },
    },
    {
      name: 'nothing-in-lib-imports-intake',
      comment: 'Intake is a way in for the command-line tools: the entry format, the metrics and the views do not depend on it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/lib/intake/' },
      to: { path: '^src/lib/intake/' },
    },
    {
      name: 'lib-not-to-site',
      comment: 'src/lib never imports pages, components, layouts, client scripts or page-data: those are shells over it.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: SITE },
    },
    {
      name: 'src-not-to-scripts',
      comment: 'scripts/ holds command-line entry points; code under src/ must not import them (move the shared part into src/lib).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'no-tests-in-production-code',
      comment: 'Only tests and benchmarks may import from test/ (fixtures, the fake services, the entry factory).',
      severity: 'error',
      from: { path: '^(src|scripts)/', pathNot: '\\.test\\.ts$|^scripts/bench-' },
      to: { path: '^test/' },
    },
    {
      name: 'ci-gates-need-no-packages',
      comment:
        'The workflows run scripts/content-only.ts and scripts/check-bot-change.ts on a bare Node, without npm ci (the fast path decides before anything is installed; a proposal is checked without the packages the job that made it ran): they reach node: modules only.',
      severity: 'error',
      from: { path: '^scripts/(content-only|check-bot-change)\\.ts$' },
      to: { path: 'node_modules', reachable: true },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one; split out what both need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file (Astro virtual modules aside).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.astro)/|^test/fixtures/' }, // packages stay in the graph, as leaves (doNotFollow), for ci-gates-need-no-packages
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only packages (mdast, astro's types) resolve through their "types" entries.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.mjs', '.js'],
    },
  },
};
