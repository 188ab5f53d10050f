export function repositoryUrl(pkg: { repository?: string | { url?: string } }): string | undefined
export function repositoryWebUrl(repository: string | undefined): string | null
export function imageUri(repository: string | undefined, ref: string): string
