#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to lib/ by `npm install` (prepare) or `npm run build:cli`.
let main;
try {
  main = require('../lib/src/cli/main.js');
} catch (err) {
  process.stderr.write('mine-plan: 未找到已编译的 CLI，请先运行 npm install 或 npm run build:cli\n');
  process.exit(2);
}
main.run(process.argv).then((code) => { process.exitCode = code; });
