export const BUILD_INPUTS: string[]
export const DIST_FILES: string[]
export function git(root: string, args: string[]): string
export function sourceCommit(root: string): string
