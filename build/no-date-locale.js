// @looker/components' English strings (locales/resources/en.js) and @looker/i18n's set-up import
// date-fns' en-US locale (7 KiB minified) for one reader: the Calendar behind InputDate,
// InputDateRange and the date filters, which this app does not use. Both importers accept a
// missing date locale (mergeLocaleObjects and setDateLocale skip a falsy one), so the import is
// replaced by this empty module; DateLocaleGuard (below) fails the build if a Calendar ever lands.
const path = require('path')
const { NormalModuleReplacementPlugin } = require('webpack')

const CALENDAR = /[\\/]@looker[\\/]components[\\/]dist[\\/]esm[\\/]Calendar[\\/]/

class DateLocaleGuard {
  apply(compiler) {
    new NormalModuleReplacementPlugin(
      /^date-fns\/locale\/en-US$/,
      path.resolve(__dirname, 'no-date-locale-module.js')
    ).apply(compiler)
    // After tree shaking: every Calendar module is in the graph (the package index re-exports it).
    compiler.hooks.afterCompile.tap('DateLocaleGuard', (compilation) => {
      for (const chunk of compilation.chunks)
        for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk))
          for (const inner of m.modules ?? [m])
            if (CALENDAR.test(inner.resource ?? ''))
              compilation.errors.push(
                new Error(
                  `${inner.resource} needs date-fns' locale, which build/no-date-locale.js ` +
                    'removes: drop DateLocaleGuard from webpack.config.js'
                )
              )
    })
  }
}

module.exports = { DateLocaleGuard }
