/** Layering (STYLE.md): core is pure; only adapters/excel touches Office.js; no cycles. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core must not depend on adapters, services, UI, CLI, Node built-ins or exceljs',
      from: { path: '^src/core' },
      to: { path: ['^src/(adapters|services|taskpane|functions|cli)', 'node_modules/(exceljs|react|react-dom|@fluentui)'], dependencyTypes: ['local', 'npm'] },
    },
    { name: 'core-no-node-builtins', severity: 'error', from: { path: '^src/core' }, to: { dependencyTypes: ['core'] } },
    {
      name: 'office-only-in-excel-adapter',
      severity: 'error',
      comment: 'Excel.run lives in src/adapters/excel only',
      from: { pathNot: '^src/(adapters/excel|taskpane/office-fake)' },
      to: { path: 'node_modules/@microsoft/office-js' },
    },
    {
      name: 'ui-not-into-adapters-internals',
      severity: 'error',
      from: { path: '^src/(taskpane|functions)' },
      to: { path: '^src/(adapters/xlsx|cli)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
