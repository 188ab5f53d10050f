// One self-contained bundle for Looker's `application` (`file: "dist/bundle.js"` or `url:`):
// Looker loads a single script into a sandboxed iframe, so no code splitting and no eval.
const path = require('path')
const { DefinePlugin } = require('webpack')
const LicensePlugin = require('webpack-license-plugin')
const { DateLocaleGuard } = require('./build/no-date-locale')
const { sourceCommit } = require('./build/buildInfo')
const { repositoryUrl, repositoryWebUrl } = require('./build/listing')
const pkg = require('./package.json')

/** Locale-free order: the same on every machine. */
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development'
  return {
    // Looker supports current evergreen browsers only, so neither our code nor webpack's runtime
    // is down-levelled (README, Performance).
    target: ['web', 'es2022'],
    entry: './src/index.tsx',
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: 'bundle.js',
      publicPath: production ? 'auto' : 'https://localhost:8080/',
    },
    // 'source-map' writes bundle.js.map beside the bundle and keeps eval out of it.
    devtool: 'source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // Module ids are hashes of paths relative to this directory: resolving a symlinked
      // node_modules to its real place would make them depend on where the checkout sits.
      symlinks: false,
      // @looker/chatty loads a Promise polyfill for browsers without Promise (it installs itself
      // only when Promise is missing); every browser Looker supports has it: 28 KiB for nothing.
      alias: { 'es6-promise/auto': false },
    },
    module: {
      rules: [
        {
          // @looker/components ships ES modules without "type": "module"; its type-only files are
          // empty, so webpack took them for CommonJS and re-exported every name through them at run time.
          test: /node_modules[\\/]@looker[\\/](components|components-providers|design-tokens)[\\/]dist[\\/]esm[\\/]/,
          type: 'javascript/esm',
        },
        {
          test: /node_modules[\\/]@looker[\\/](components|components-providers|design-tokens)[\\/]dist[\\/]esm[\\/]/,
          loader: path.resolve(__dirname, 'build', 'shared-babel-helpers-loader.js'),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`; the build only transpiles.
          options: { transpileOnly: true, compilerOptions: { module: 'ESNext' } },
        },
      ],
    },
    plugins: [
      new DateLocaleGuard(),
      // The About panel's version and commit (build/buildInfo.js: why not HEAD).
      new DefinePlugin({
        __APP_VERSION__: JSON.stringify(pkg.version),
        __APP_COMMIT__: JSON.stringify(sourceCommit(__dirname)),
        __APP_REPOSITORY__: JSON.stringify(repositoryWebUrl(repositoryUrl(pkg))),
      }),
      // The licence of every third-party package in the bundle, with its text, committed beside
      // it (dist/oss-licenses.json); a copyleft licence fails the build. The plugin's own file
      // orders two versions of one package as they happen to be read: the committed copy is
      // sorted by name and version, so every build writes the same bytes.
      new LicensePlugin({
        outputFilename: 'oss-licenses.unsorted.json',
        additionalFiles: {
          'oss-licenses.json': (packages) =>
            JSON.stringify(
              [...packages].sort((a, b) =>
                byCodePoint(`${a.name}@${a.version}`, `${b.name}@${b.version}`)
              ),
              null,
              2
            ),
        },
        unacceptableLicenseTest: (license) => /\bA?GPL\b|\bLGPL\b|SSPL|EUPL/.test(license),
      }),
    ],
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    devServer: {
      server: 'https',
      port: 8080,
      host: 'localhost',
      hot: false,
      liveReload: false,
      allowedHosts: 'all',
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: false,
      webSocketServer: false,
    },
  }
}
