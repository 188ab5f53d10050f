/** Written into the bundle at build time (webpack.config.js, DefinePlugin; build/buildInfo.js). */
declare const __APP_VERSION__: string
declare const __APP_COMMIT__: string
declare const __APP_REPOSITORY__: string | null

export interface BuildInfo {
  /** package.json's version. */
  version: string
  /** The last commit that changed the bundle's source (`-dirty` when built from changes). */
  commit: string
  /** The repository's web address, from package.json; null when it names none. */
  repository: string | null
}

export const BUILD: BuildInfo = {
  version: __APP_VERSION__,
  commit: __APP_COMMIT__,
  repository: __APP_REPOSITORY__,
}
