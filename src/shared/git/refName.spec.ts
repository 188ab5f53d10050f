import { defaultBackupName, invalidRefNameReason, lookalikes } from './refName'

test.each([
  ['feature/net-revenue'],
  ['fix-123'],
  ['a.b'],
  ['release/2025.11'],
  ['dev-ada-lovelace-1a2b'],
  ['ümlaut'],
  ['a@b'],
])('%s is a valid branch name', (name) => {
  expect(invalidRefNameReason(name)).toBeNull()
})

test.each([
  ['', 'Enter a branch name.'],
  ['@', 'cannot be called "@"'],
  ['HEAD', 'cannot be called "HEAD"'],
  ['-x', 'cannot start with "-"'],
  ['/x', 'cannot start with "/"'],
  ['x/', 'cannot end with "/"'],
  ['x.', 'cannot end with "."'],
  ['x.lock', 'cannot end with ".lock"'],
  ['a.lock/b', 'can end with ".lock"'],
  ['a..b', 'cannot contain ".."'],
  ['a//b', 'cannot contain "//"'],
  ['a@{b', 'cannot contain "@{"'],
  ['.hidden', 'can start with "."'],
  ['a/.b', 'can start with "."'],
  ['has space', 'cannot contain spaces'],
  ['tab\there', 'control characters'],
  ['nul\u0000', 'control characters'],
  ['del\u007f', 'control characters'],
  ['a~b', 'cannot contain "~"'],
  ['a^b', 'cannot contain "^"'],
  ['a:b', 'cannot contain ":"'],
  ['a?b', 'cannot contain "?"'],
  ['a*b', 'cannot contain "*"'],
  ['a[b', 'cannot contain "["'],
  ['a\\b', 'cannot contain "\\"'],
])('%j is refused: %s', (name, reason) => {
  expect(invalidRefNameReason(name)).toContain(reason)
})

// Names git accepts but that deceive a reader (issue 11.8): refused before anything is sent.
test.each([
  ['a'.repeat(256), 'at most 255 bytes (this one has 256)'],
  ['é'.repeat(128), 'at most 255 bytes (this one has 256)'],
  ['feature/\u202Etxt.exe', 'direction control (U+202E)'],
  ['feature/\u2066x\u2069', 'direction control (U+2066)'],
  ['feature/\u200Fx', 'direction control (U+200F)'],
  ['feature/a\u200Bb', 'zero-width character (U+200B)'],
  ['feature/a\u200Db', 'zero-width character (U+200D)'],
  ['feature/a\uFEFFb', 'zero-width character (U+FEFF)'],
  ['feature/a\u00A0b', 'non-breaking or unusual space (U+00A0)'],
  ['feature/a\u202Fb', 'non-breaking or unusual space (U+202F)'],
  ['feature/a\u3000b', 'non-breaking or unusual space (U+3000)'],
  ['feature/net\u00ADrevenue', 'invisible character (U+00AD)'],
  ['feature/a\u3164b', 'invisible character (U+3164)'],
  ['feature/a\uFFA0b', 'invisible character (U+FFA0)'],
  ['feature/a\u115Fb', 'invisible character (U+115F)'],
  ['feature/a\u034Fb', 'invisible character (U+034F)'],
  ['feature/a\u2063b', 'invisible character (U+2063)'],
  ['feature/a\uFE0Fb', 'invisible character (U+FE0F)'],
  ['feature/a\u{E0041}b', 'invisible character (U+E0041)'],
  ['feature/a\u0085b', 'control character (U+0085)'],
  ['feature/a\u009Bb', 'control character (U+009B)'],
])('a deceptive name %j is refused: %s', (name, reason) => {
  expect(invalidRefNameReason(name)).toContain(reason)
})

test('255 bytes and ordinary non-ASCII letters are accepted', () => {
  expect(invalidRefNameReason('a'.repeat(255))).toBeNull()
  expect(invalidRefNameReason('feature/café-ünïcode')).toBeNull()
})

// UTF-8 lengths at each boundary: U+007F is 1 byte, U+0080-U+07FF 2, U+0800-U+FFFF 3, beyond 4.
test.each([
  ['\u007f', 1],
  ['\u0080', 2],
  ['\u07ff', 2],
  ['\u0800', 3],
  ['\uffff', 3],
  ['\u{10000}', 4],
  ['😀', 4],
])('the 255-byte limit counts %j as %i bytes', (ch, bytes) => {
  const fits = 'a'.repeat(255 - bytes) + ch
  const over = 'a'.repeat(256 - bytes) + ch
  expect(invalidRefNameReason(over)).toContain('at most 255 bytes (this one has 256)')
  expect(invalidRefNameReason(fits) ?? '').not.toContain('bytes')
})

test('look-alikes: a name that is another with invisible characters removed names that other', () => {
  const found = lookalikes([
    'main',
    'feature/a',
    'feature/\u200Ba',
    'feature/a\u00AD',
    'feature/\u202Eb',
    'feature/c',
  ])
  expect(Object.fromEntries(found)).toEqual({
    'feature/\u200Ba': { of: 'feature/a', hidden: 'U+200B' },
    'feature/a\u00AD': { of: 'feature/a', hidden: 'U+00AD' },
  })
})

test('the backup branch offered is named after the branch and the UTC minute', () => {
  jest.spyOn(Date.prototype, 'toISOString').mockReturnValue('2026-03-04T05:06:07.890Z')
  try {
    expect(defaultBackupName('feature/x')).toBe('backup/feature/x-202603040506')
  } finally {
    jest.restoreAllMocks()
  }
  expect(defaultBackupName('main')).toMatch(/^backup\/main-\d{12}$/)
})

test('lookalikes without the plain name read as each other; each hidden character is named once', () => {
  const found = lookalikes(['x\u200B\u200B', '\u00ADx\u200B', 'y', 'y\u200D'])
  expect(Object.fromEntries(found)).toEqual({
    'x\u200B\u200B': { of: '\u00ADx\u200B', hidden: 'U+200B' },
    '\u00ADx\u200B': { of: 'x\u200B\u200B', hidden: 'U+00AD, U+200B' },
    'y\u200D': { of: 'y', hidden: 'U+200D' },
  })
  expect(lookalikes(['a', 'b\u200B']).size).toBe(0)
})
