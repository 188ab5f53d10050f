/**
 * The emulator's Marketplace > Manage page: "Install via Git URL" asks for the repository and
 * the commit SHA, then for the listing's constants (a connection picker), then installs or shows
 * Looker's refusal (docs/marketplace-install.md).
 */
import type { InstalledApp, Listing } from './listing'

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const field = (name: string, label: string, value = '', hint = '') =>
  `<p><label for="${name}">${esc(label)}</label><br>
  <input id="${name}" name="${name}" value="${esc(value)}" size="60"${hint ? ` placeholder="${esc(hint)}"` : ''}></p>`

/** The Manage page with the Install via Git URL form, and the last refusal if any. */
export function manageContent(
  current: InstalledApp | null,
  refusal?: string,
  form = { url: '', sha: '' }
): string {
  const installed = current
    ? `<p>Installed: <strong>${esc(current.label)}</strong> as project <code>${esc(current.projectId)}</code>
       at commit <code>${esc(current.sha.slice(0, 12))}</code>.</p>`
    : '<p>Nothing installed from the Marketplace yet.</p>'
  return `<div class="home"><h1>Manage</h1>${installed}
  ${refusal ? `<div role="alert" class="refusal">${esc(refusal)}</div>` : ''}
  <h2>Install via Git URL</h2>
  <form method="post" action="/marketplace/install">
    ${field('url', 'Git Repository URL', form.url, 'https://github.com/org/repo.git')}
    ${field('sha', 'Commit SHA', form.sha, 'HEAD')}
    <button type="submit">Install</button>
  </form></div>`
}

/** The listing's constants, asked for before the install (connections as a picker). */
export function configureContent(
  listing: Listing,
  form: { url: string; sha: string },
  connections: string[] | null
): string {
  const inputs = listing.constants
    .map((c) => {
      if (c.valueConstraint !== 'connection' || !connections)
        return field(`constant_${c.name}`, c.label)
      const options = connections.map((name) => `<option>${esc(name)}</option>`).join('')
      return `<p><label for="constant_${c.name}">${esc(c.label)}</label><br>
        <select id="constant_${c.name}" name="constant_${c.name}">
        <option value="">Choose a connection</option>${options}</select></p>`
    })
    .join('')
  return `<div class="home"><h1>Install ${esc(listing.label)}</h1>
  <p>From <code>${esc(listing.repository)}</code> at commit <code>${esc(listing.sha.slice(0, 12))}</code>.
  It will be installed as the read-only project <code>marketplace_${esc(listing.listingId)}</code>.</p>
  <form method="post" action="/marketplace/install">
    <input type="hidden" name="url" value="${esc(form.url)}">
    <input type="hidden" name="sha" value="${esc(form.sha)}">
    <input type="hidden" name="configure" value="yes">
    ${inputs}
    <button type="submit">Install</button>
  </form></div>`
}

/** After an install: where the application now is. */
export function installedContent(app: InstalledApp): string {
  return `<div class="home"><h1>${esc(app.label)} is installed</h1>
  <p role="status">Project <code>${esc(app.projectId)}</code> (read-only) at commit
  <code>${esc(app.sha.slice(0, 12))}</code>. The extension id is <code>${esc(app.extensionId)}</code>.</p>
  <p><a href="/extensions/${esc(app.extensionId)}/">Open ${esc(app.label)}</a></p></div>`
}
