// @looker/components (and its design-tokens and providers) was compiled by Babel without
// @babel/runtime, so every one of its files carries its own copy of the same helpers (_extends in
// 309 files, _objectWithoutProperties in 266, ...). This loader replaces each copy with an import
// of the identical helper from @babel/runtime, as Babel's transform-runtime would have done: one
// copy per helper in the bundle. A file is left as it is unless every helper line is one it knows.
const HELPERS = {
  _extends: 'extends',
  _objectWithoutProperties: 'objectWithoutProperties',
  _objectWithoutPropertiesLoose: 'objectWithoutPropertiesLoose',
  _objectSpread: 'objectSpread2',
  _defineProperty: 'defineProperty',
  _toPropertyKey: 'toPropertyKey',
  _toPrimitive: 'toPrimitive',
  _objectDestructuringEmpty: 'objectDestructuringEmpty',
}
const HELPER_LINE = /^function (_[A-Za-z]+|ownKeys)\(.*\}\s*$/gm

module.exports = function sharedBabelHelpers(source) {
  const imports = []
  let known = true
  const out = source.replace(HELPER_LINE, (line, name) => {
    if (name === 'ownKeys') return '' // only _objectSpread uses it; objectSpread2 has its own
    if (!HELPERS[name]) {
      known = false
      return line
    }
    imports.push(`import ${name} from '@babel/runtime/helpers/esm/${HELPERS[name]}';`)
    return ''
  })
  if (!known || imports.length === 0) return source
  if (/\bownKeys\(/.test(out) && !imports.some((i) => i.startsWith('import _objectSpread ')))
    return source
  return `${imports.join('\n')}\n${out}`
}
