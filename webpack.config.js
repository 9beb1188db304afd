/* Task pane, ribbon commands and custom functions of the mine-plan add-in (after the Office-Addin-TaskPane-React
 * template: async config, HtmlWebpackPlugin, CopyWebpackPlugin, dev certificates only for `webpack serve`). */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const URL_DEV = 'https://localhost:3000/';
/** Where the production files will be hosted; the manifest's dev URLs are rewritten to it when set. */
const URL_PROD = process.env.ADDIN_URL ? process.env.ADDIN_URL.replace(/\/?$/, '/') : undefined;

/** Only `webpack serve` asks for (and may install) the localhost certificate; a build never touches it. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      functions: './src/functions/functions.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES modules so webpack can tree-shake Fluent UI; tsconfig.json stays CommonJS for jest and the CLI.
              compilerOptions: { module: 'es2020', moduleResolution: 'node', sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the one page runs the pane, the ribbon commands and the custom functions.
        chunks: ['taskpane', 'commands', 'functions'],
      }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help.html', to: 'help.html' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              if (dev || !URL_PROD) return content;
              return content.toString().split(URL_DEV).join(URL_PROD);
            },
          },
        ],
      }),
    ],
    // The engine worker (src/taskpane/startWorkerEngine.ts → engine.worker.ts) is one self-contained file: without
    // this, webpack splits decimal.js out of it into a numbered chunk the worker would fetch separately. Initial chunks
    // are not split, as with webpack's default ('async').
    optimization: { splitChunks: { chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== 'mine-plan-engine' } },
    performance: { hints: false },
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, 'dist') },
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
