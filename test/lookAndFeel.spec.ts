/**
 * Issue 12 "Looks, reads and behaves like Looker", kept from coming back: the code under src/ uses
 * @looker/components and the theme's tokens, so nothing in it may bring its own colour, its own
 * raw table, disclosure or fieldset markup, or a width in pixels.
 */
import fs from 'fs'
import path from 'path'

const SRC = path.join(__dirname, '..', 'src')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    // Specs draw nothing: a fake element's `width: 0` is not a look.
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** The code without its comments (a comment may say "issue #505"), lines kept in place. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
}

const RULES: Array<{ what: string; pattern: RegExp }> = [
  {
    what: 'a colour of its own (use a theme colour: text2, key, critical, ui2 …)',
    pattern: /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b|\b(?:rgba?|hsla?)\(/i,
  },
  {
    // The table itself always comes from @looker/components; the rows and cells inside the results
    // grid's Table are plain elements styled once by that Table, because styled cells cost a style
    // computation each on every render (5,000 x 20 results: docs/performance.md).
    what: 'raw table, disclosure or fieldset markup (use DataTable, Accordion2, Fieldset)',
    pattern:
      /<(?:table|details|summary|fieldset|legend)[\s>/]|styled\.(?:table|details|summary|fieldset)\b/,
  },
  {
    what: 'a width in pixels (use the theme sizes or rem)',
    pattern:
      /\d(?:\.\d+)?px\b|\b(?:min|max)?-?[wW]idth\s*[=:]\s*\{?\s*['"`]?\d+(?:\.\d+)?(?![\d.%a-zA-Z])/,
  },
]

/** Every place under src/ that breaks `pattern`, as "file:line: text". */
function offences(pattern: RegExp): string[] {
  return sources(SRC).flatMap((file) =>
    code(fs.readFileSync(file, 'utf8'))
      .split('\n')
      .flatMap((line, i) =>
        pattern.test(line) ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`] : []
      )
  )
}

describe.each(RULES)('src/ has no $what', ({ pattern }) => {
  test('anywhere', () => {
    expect(offences(pattern)).toEqual([])
  })
})

test('the rules catch what they are meant to', () => {
  const [colour, markup, width] = RULES.map((r) => r.pattern)
  expect(colour!.test("color: '#1a73e8'")).toBe(true)
  expect(colour!.test('background: rgba(0, 0, 0, 0.1)')).toBe(true)
  expect(colour!.test('color: theme.colors.text2 // issue #505')).toBe(true)
  expect(code('color: theme.colors.text2 // issue #505')).not.toMatch(colour!)
  expect(markup!.test('<table aria-label="x">')).toBe(true)
  expect(markup!.test('<details open>')).toBe(true)
  expect(markup!.test('<fieldset>')).toBe(true)
  expect(markup!.test('<Table>')).toBe(false)
  expect(width!.test("style={{ width: '240px' }}")).toBe(true)
  expect(width!.test('<Box width={240}>')).toBe(true)
  expect(width!.test('<Box maxWidth="20rem" width="100%">')).toBe(false)
})
