/* Test build for the browser tests (tests/browser): the production build of webpack.config.js plus the office.js
 * double (src/testing/browserHarness.ts) as an extra entry that no HTML page includes — the tests serve it in place
 * of the CDN's office.js. Output goes to test-artifacts/browser/dist so dist/ (the product) is never touched.
 *   npx webpack -c webpack.harness.config.js      (the tests run the same through webpack's Node API) */
const path = require('path');
const production = require('./webpack.config.js');

const OUT = path.resolve(__dirname, 'test-artifacts/browser/dist');

module.exports = async (env = {}, options = {}) => {
  const config = await production(env, { ...options, mode: 'production' });
  return {
    ...config,
    mode: 'production',
    entry: { ...config.entry, 'office-harness': './src/testing/browserHarness.ts' },
    output: { ...config.output, path: OUT },
  };
};
module.exports.OUT = OUT;
