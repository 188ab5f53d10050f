import { useCallback, useEffect, useRef, useState } from 'react'
import { useLookerApi } from '../../state/api'
import { useStoredCheck } from '../../state/checks'
import { useHost } from '../../state/host'
import { useWorkspace } from '../../state/workspace'
import { runContentCheck, type Measured } from './runCheck'
import type { ContentImpact } from './types'

export const DEFAULT_CONCURRENCY = 4

const changed = (r: ContentImpact) =>
  r.failures.length > 0 ||
  Object.values(r.queries).some(
    (q) => !q.outcome || (q.outcome.kind !== 'same-sql' && q.outcome.kind !== 'identical')
  )

function parse(text: string | null): Measured | null {
  try {
    return text ? (JSON.parse(text) as Measured) : null
  } catch {
    return null
  }
}

/**
 * The content check of a project on its branch head: the stored result (shared by the Ship card
 * and the content page), Run with settings, Cancel, and a resume from what an unfinished run
 * measured on the same commit (kept in the extension's storage as it goes).
 */
export function useContentImpact(projectId: string, head: string | null, ready = true) {
  const api = useLookerApi()
  const host = useHost()
  const [concurrency, setConcurrency] = useState(DEFAULT_CONCURRENCY)
  const [tolerance, setTolerance] = useState(0)
  const [unfinished, setUnfinished] = useState<number | null>(null)
  const resumeAll = useRef(false)
  // What holds the session when the branch's side has to wait (read when it starts waiting).
  const { shared, visiting } = useWorkspace()
  const visit = useRef(visiting)
  visit.current = visiting
  const key = `content-impact:${projectId}:measured`

  const check = useStoredCheck<ContentImpact>({
    projectId,
    name: 'content-impact',
    head,
    ready,
    run: async (signal, progress) => {
      // A Retry keeps everything measured on this commit; Run keeps only an unfinished run's. Read
      // from the host while the check finds the content.
      const all = resumeAll.current
      resumeAll.current = false
      const resume = host.getItem(key).then(
        (text) => {
          const stored = parse(text)
          return stored && (all || !stored.finished) ? stored : null
        },
        () => null
      )
      const save = (m: Measured) => {
        void host.setItem(key, JSON.stringify(m)).catch(() => undefined)
        setUnfinished(m.finished ? null : Object.keys(m.outcomes).length)
      }
      return runContentCheck(api, signal, {
        projectId,
        commit: head,
        concurrency,
        tolerance,
        resume,
        save,
        progress,
        devSide: (work, onWait) =>
          shared(work, () => {
            const v = visit.current
            const where = v?.to === 'production' ? 'production' : 'Development Mode'
            onWait(v ? `the ${v.by} visits ${where}` : 'the workspace switches')
          }),
        workspace: () => shared(async (session) => (await session.readSession()).workspaceId),
      })
    },
    passed: (r) => !changed(r),
  })

  // After a reload: an unfinished run on this commit is resumed by the next Run.
  useEffect(() => {
    let live = true
    void host.getItem(key).then(
      (text) => {
        const m = parse(text)
        if (live)
          setUnfinished(
            m && !m.finished && m.commit === head ? Object.keys(m.outcomes).length : null
          )
      },
      () => undefined
    )
    return () => {
      live = false
    }
  }, [host, key, head])

  const { start } = check
  const retry = useCallback(() => {
    resumeAll.current = true
    void start()
  }, [start])

  return { ...check, retry, concurrency, setConcurrency, tolerance, setTolerance, unfinished }
}
