// The hello-world extension's build: the project's own webpack config with another entry and
// output, so both bundles come from the same loaders, mode and node_modules.
const path = require('path')
const project = require('../../webpack.config')

module.exports = (env, argv) => {
  const base = project(env, argv)
  return {
    ...base,
    context: path.resolve(__dirname, '..', '..'),
    entry: './bench/hello/index.tsx',
    output: { ...base.output, path: path.resolve(__dirname, '..', 'results', 'hello') },
  }
}
