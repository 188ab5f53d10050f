/**
 * What ships: dist/bundle.js (built by `npm run build`, or by the browser flows) carries no
 * credential, token or internal address. Inside Looker the extension has no credentials at all;
 * the emulator's real-Looker mode keeps its API credentials in its server.
 */
import fs from 'fs'
import path from 'path'
import { USERS } from '../dev/fake-looker/seeds/users'

const BUNDLE = path.resolve(__dirname, '..', 'dist', 'bundle.js')
const built = fs.existsSync(BUNDLE)

// Hosts the bundle may name (library documentation and XML namespaces in its dependencies).
const ALLOWED_HOSTS = new Set([
  'www.w3.org',
  'reactjs.org',
  'github.com',
  'git.io',
  'fonts.googleapis.com',
  'fb.me',
  'cloud.google.com',
  'docs.looker.com',
  'help.looker.com',
])

;(built ? describe : describe.skip)('dist/bundle.js (run `npm run build` first)', () => {
  const bundle = built ? fs.readFileSync(BUNDLE, 'utf8') : ''

  test('no demo or environment credential', () => {
    const secrets = [
      ...USERS.map((u) => u.clientSecret),
      process.env.LOOKER_CLIENT_SECRET,
      process.env.LOOKER_CLIENT_ID,
    ].filter((s): s is string => Boolean(s))
    expect(secrets.length).toBeGreaterThan(0)
    for (const secret of secrets) expect(bundle).not.toContain(secret)
  })

  test('no token-shaped value, no private key', () => {
    expect(bundle).not.toMatch(/["'`](?:token|Bearer) [A-Za-z0-9_-]{20,}["'`]/)
    expect(bundle).not.toMatch(/access_token["']?\s*[:=]\s*["'][A-Za-z0-9_-]{10,}/)
    expect(bundle).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/)
  })

  test('no absolute path of the machine that built it (the build is reproducible anywhere)', () => {
    const licences = fs.readFileSync(path.join(path.dirname(BUNDLE), 'oss-licenses.json'), 'utf8')
    for (const text of [bundle, licences]) {
      expect(text).not.toContain(path.resolve(__dirname, '..'))
      expect(text).not.toContain(fs.realpathSync(path.resolve(__dirname, '..', 'node_modules')))
      expect(text).not.toMatch(/\/(home|root|tmp|Users|work)\/[\w.-]+\//)
    }
  })

  test('no internal address: no loopback, no emulator hook, only known public hosts', () => {
    expect(bundle).not.toMatch(/127\.0\.0\.1|localhost|\/__fake\b|0\.0\.0\.0/)
    const hosts = new Set([...bundle.matchAll(/https?:\/\/([a-zA-Z0-9.-]+)/g)].map((m) => m[1]!))
    expect([...hosts].filter((h) => !ALLOWED_HOSTS.has(h))).toEqual([])
  })
})
