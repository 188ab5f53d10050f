# Looker installs a project from the Marketplace or a Git URL only when it has a model file, and a
# role needs a model set holding this model to see the extension (docs/marketplace.md). The app
# queries the installer's own models, never this one: no explore, no view, nothing that needs a
# table, so any connection will do.
connection: "@{CONNECTION_NAME}"
