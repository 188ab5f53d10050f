/**
 * The HTML of the two origins: the Looker-like host page and the extension's frame page, which is
 * only a synchronous script tag behind what Looker's enhanced or legacy loader puts around it
 * (docs/extension-protocol.md).
 */
import type { HostPageConfig } from './wire'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

const STYLE = `
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font: 14px/1.4 system-ui, sans-serif; color: #262d33; }
  #dev-banner { background: #6c43e0; color: #fff; text-align: center; padding: 4px; font-weight: 600; }
  header { display: flex; align-items: center; gap: 16px; padding: 0 16px; height: 52px;
    background: #fff; border-bottom: 1px solid #dee1e5; }
  .logo { font-weight: 700; font-size: 18px; color: #6c43e0; text-decoration: none; }
  nav { position: relative; }
  #apps-button { font: inherit; background: none; border: 1px solid #c1c6cc; border-radius: 4px;
    padding: 6px 12px; cursor: pointer; }
  #apps-menu { position: absolute; top: 40px; left: 0; z-index: 10; list-style: none; margin: 0;
    padding: 4px 0; min-width: 220px; background: #fff; border: 1px solid #dee1e5;
    border-radius: 4px; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
  #apps-menu a { display: block; padding: 8px 16px; color: inherit; text-decoration: none; }
  #apps-menu a:hover, #apps-menu a:focus { background: #f4f4f6; }
  .spacer { flex: 1; }
  #dev-mode { padding: 4px 10px; border-radius: 12px; background: #f4f4f6; font-size: 12px; }
  #dev-mode[data-workspace="dev"] { background: #ece6fc; color: #4a2db1; font-weight: 600; }
  main { flex: 1; display: flex; flex-direction: column; min-height: 0; }
  #extension { flex: 1; display: flex; }
  #extension iframe { flex: 1; border: 0; width: 100%; height: 100%; }
  .home { padding: 24px; max-width: 720px; }
  .refusal { padding: 12px; border: 1px solid #cc1f36; background: #fdf1f3; color: #a1192b; }
`

function userPicker(config: HostPageConfig): string {
  if (!config.users.length) return '<span>Signed in with API credentials</span>'
  const options = config.users
    .map(
      (u) =>
        `<option value="${escapeHtml(u.id)}"${u.id === config.user ? ' selected' : ''}>${escapeHtml(u.label)}</option>`
    )
    .join('')
  return `<label>Signed in as <select id="user-picker">${options}</select></label>`
}

function home(config: HostPageConfig, path: string): string {
  const title = path === '/' ? 'Looker (emulated)' : `Looker page ${escapeHtml(path)}`
  return `<div class="home"><h1>${title}</h1>
    <p>This stands in for Looker's own pages. Open <strong>Applications &rsaquo;
    ${escapeHtml(config.label)}</strong> to run the extension as Looker would.</p></div>`
}

/**
 * The host page; `path` names the Looker page shown when this is not an extension URL, unless
 * `page` gives that page's own title and HTML (the Marketplace pages).
 */
export function renderHostPage(
  config: HostPageConfig,
  hostScript: string,
  path: string,
  page?: { title: string; content: string }
): string {
  const appUrl = `/extensions/${config.extensionId}/`
  const content =
    page?.content ?? (config.route === null ? home(config, path) : '<div id="extension"></div>')
  const title = page ? `${page.title} - Looker` : config.route === null ? 'Looker' : config.label
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head>
<body>
<div id="dev-banner" hidden>You are in Development Mode.</div>
<header>
  <a class="logo" href="/">Looker</a>
  <nav>
    <button id="apps-button" type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="apps-menu">Applications</button>
    <ul id="apps-menu" role="menu" aria-label="Applications" hidden>
      <li role="none"><a role="menuitem" href="${escapeHtml(appUrl)}">${escapeHtml(config.label)}</a></li>
    </ul>
  </nav>
  <a href="/marketplace/manage">Marketplace</a>
  <div class="spacer"></div>
  <div id="dev-mode" role="status" aria-label="Looker UI Development Mode">Development Mode: &hellip;</div>
  ${userPicker(config)}
</header>
<main>${content}</main>
<script id="host-config" type="application/json">${scriptJson(config)}</script>
<script src="${hostScript}"></script>
</body></html>
`
}

/**
 * How Looker loads an extension (Admin > Platform > Extension Framework): `enhanced` serves HTML
 * generated on the server with a `<!DOCTYPE html>` preamble (standards mode, where `height: 100%`
 * may collapse); `legacy` built it in the browser with a `<base>` tag and no doctype (quirks mode).
 * Neither is known to style the page, so neither does here.
 */
export type ExtensionLoading = 'enhanced' | 'legacy'

/** The extension frame: the unchanged bundle by a synchronous script tag, as `loading` serves it. */
export function renderFramePage(
  title: string,
  bundleUrl: string,
  loading: ExtensionLoading = 'enhanced'
): string {
  const head = `<meta charset="utf-8"><title>${escapeHtml(title)}</title>`
  const body = `<body><script src="${bundleUrl}"></script></body></html>\n`
  return loading === 'enhanced'
    ? `<!DOCTYPE html>\n<html><head>${head}</head>\n${body}`
    : `<html><head><base href="/">${head}</head>\n${body}`
}
