export function compareVersions(a: string, b: string): number
export function versionProblem(
  next: string | undefined,
  current: string,
  tagExists: boolean
): string | null
export function moveUnreleased(
  text: string,
  version: string,
  date: string,
  repository: string | null
): string
