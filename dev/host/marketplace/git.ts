/**
 * Reads one commit of a git repository the way Looker's Marketplace does: files come from the
 * commit (`git show <sha>:<path>`), never from a working tree. A URL is cloned (bare) into a
 * temporary directory first; a local path is read in place.
 */
import { execFileSync } from 'child_process'
import { mkdtempSync, rmSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { badRef, cloneFailed } from './messages'

/** `<repository path or URL>[@<sha>]`: the repository and the ref to install (default HEAD). */
export interface InstallSpec {
  repository: string
  ref: string
}

/**
 * Splits `repo@sha`: the part after the last `@` is the ref unless it holds `:` or `/`, so the
 * `@` of `git@github.com:org/repo.git` stays part of the URL.
 */
export function parseInstallSpec(spec: string): InstallSpec {
  const text = spec.trim()
  const at = text.lastIndexOf('@')
  const ref = at > 0 ? text.slice(at + 1) : ''
  if (ref && !/[:/]/.test(ref)) return { repository: text.slice(0, at), ref }
  return { repository: text, ref: 'HEAD' }
}

/** One commit, read-only. */
export interface CommitReader {
  /** The repository as the admin typed it. */
  repository: string
  /** The full sha the ref resolved to. */
  sha: string
  /** Every file path at the commit. */
  files: string[]
  /** A file's bytes at the commit, or null when the commit has no such file. */
  read(file: string): Buffer | null
  /** Removes the temporary clone, if any. */
  close(): void
}

const git = (dir: string, args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  })

const isUrl = (repository: string) => /^[a-z+]+:\/\/|^[^/@\s]+@[^:\s]+:/i.test(repository)

/** Opens `ref` of `repository`; throws an InstallRefusal with Looker's words when it cannot. */
export function openCommit(repository: string, ref: string): CommitReader {
  let dir = path.resolve(repository)
  let temp: string | null = null
  if (isUrl(repository)) {
    temp = mkdtempSync(path.join(tmpdir(), 'marketplace-'))
    try {
      execFileSync('git', ['clone', '--quiet', '--bare', repository, temp], { stdio: 'pipe' })
    } catch (error) {
      rmSync(temp, { recursive: true, force: true })
      throw cloneFailed(repository, String((error as { stderr?: Buffer }).stderr ?? error).trim())
    }
    dir = temp
  }
  const close = () => temp && rmSync(temp, { recursive: true, force: true })
  try {
    git(dir, ['rev-parse', '--git-dir'])
  } catch {
    throw cloneFailed(repository, `${repository} is not a git repository`)
  }
  let sha: string
  try {
    sha = git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      .toString()
      .trim()
  } catch {
    close()
    throw badRef(repository, ref)
  }
  const files = git(dir, ['ls-tree', '-r', '--name-only', '-z', sha])
    .toString()
    .split('\0')
    .filter(Boolean)
  const known = new Set(files)
  return {
    repository,
    sha,
    files,
    read: (file) => {
      const clean = path.posix.normalize(file.replace(/^\.?\//, ''))
      return known.has(clean) ? git(dir, ['show', `${sha}:${clean}`]) : null
    },
    close: () => void close(),
  }
}
