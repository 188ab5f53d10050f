/** The Marketplace pages on the host origin (forms: the host page is not sandboxed). */
import express, { type Express, type Request } from 'express'
import { InstallRefusal } from './messages'
import { configureContent, installedContent, manageContent } from './pages'
import type { MarketplaceService } from './service'

/** Renders `content` inside the Looker-like page for `req`. */
export type RenderPage = (req: Request, title: string, content: string) => string

export function marketplaceRoutes(app: Express, market: MarketplaceService, render: RenderPage) {
  app.get('/marketplace/manage', (req, res) => {
    res.type('html').send(render(req, 'Manage', manageContent(market.current())))
  })

  app.post('/marketplace/install', express.urlencoded({ extended: false }), (req, res) => {
    const body = req.body as Record<string, string | undefined>
    const form = { url: (body.url ?? '').trim(), sha: (body.sha ?? '').trim() }
    const spec = form.sha ? `${form.url}@${form.sha}` : form.url
    try {
      if (!form.url)
        throw new InstallRefusal('Could not install listing: a Git Repository URL is required.')
      if (!body.configure) {
        const listing = market.read(spec)
        if (listing.constants.length) {
          const content = configureContent(listing, form, market.connections)
          return void res.type('html').send(render(req, 'Install', content))
        }
      }
      const values = Object.fromEntries(
        Object.entries(body)
          .filter(([key]) => key.startsWith('constant_'))
          .map(([key, value]) => [key.slice('constant_'.length), value ?? ''])
      )
      const installed = market.install(spec, values)
      res.type('html').send(render(req, 'Installed', installedContent(installed)))
    } catch (error) {
      if (!(error instanceof InstallRefusal)) throw error
      res
        .status(422)
        .type('html')
        .send(render(req, 'Manage', manageContent(market.current(), error.message, form)))
    }
  })
}
