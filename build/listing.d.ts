export function repositoryUrl(pkg: { repository?: string | { url?: string } }): string | undefined
export function imageUri(repository: string | undefined, ref: string): string
