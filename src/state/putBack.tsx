/**
 * Switching the session to run something, then putting the workspace back: the comparison (to
 * Development Mode) and Ship's content validation (to the other workspace) both do it here.
 * Putting back is a compensating action (the one write the app retries by itself): the intent is
 * recorded in the extension's local storage before switching, the put-back is retried with
 * backoff, and if it still fails a banner stays until the session is back. On the next load an
 * intent still open while the session is elsewhere is flagged the same way.
 */
import React, {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { ApiError, toApiError, type WorkspaceId } from '../looker'
import { PUT_BACK_DELAYS_MS } from '../config'
import { sleep } from '../shared/abort'
import { type Action, useAction } from '../shared/useAction'
import { useHost } from './host'
import { workspaceWords } from '../shared/workspaceWords'
import { LockedSession, useWorkspace, type Visit } from './workspace'

// The key predates content validation's use; an intent stored without `back` was a comparison's.
const KEY = 'workspace-switcher:comparison-put-back'

/** A session left in the other workspace: this page's put-back failed, or an earlier page's. */
export interface LeftBehind {
  reason: 'failed' | 'interrupted'
  /** Where the session is. */
  in: WorkspaceId
  /** Where it should be. */
  back: WorkspaceId
  by: string
}

interface Intent {
  since: string
  back?: WorkspaceId
  by?: string
}

export interface Visited<T> {
  value: T
  /** The session was switched for the work. */
  switched: boolean
  /** False: every attempt to put it back failed (a banner says so). */
  putBack: boolean
}

export interface PutBack {
  /**
   * Inside `exclusive`: runs `work` with the session in `to` and puts it back in `from` afterwards,
   * also when the work fails; the put-back never throws (retried, then the banner).
   */
  inWorkspace<T>(session: LockedSession, visit: Visit, work: () => Promise<T>): Promise<Visited<T>>
}

/** Puts the session in `back`, retrying after each delay; true once Looker reports it there. */
async function putBackTo(
  session: LockedSession,
  back: WorkspaceId,
  delaysMs: readonly number[],
  wait: (ms: number) => Promise<unknown>
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await session.readSession()).workspaceId === back) return true
      if ((await session.switchWorkspace(back)).workspaceId === back) return true
    } catch {
      // Retried below; Looker may also have applied it after all (the next read says so).
    }
    if (attempt >= delaysMs.length) return false
    await wait(delaysMs[attempt] ?? 0)
  }
}

/** The put-back without React: `record` stores the intent (null: done), `left` raises the banner. */
export function createPutBack(options: {
  delaysMs: readonly number[]
  record?(intent: Omit<Intent, 'since'> | null): Promise<void>
  left?(left: LeftBehind): void
  wait?(ms: number): Promise<unknown>
}): PutBack {
  const { delaysMs, record = async () => undefined, left = () => undefined, wait = sleep } = options
  return {
    async inWorkspace(session, visit, work) {
      const { from, to } = visit
      if (from === to) return { value: await work(), switched: false, putBack: true }
      // Part of the workspace state: reads stay in `from`, writes say why they wait.
      session.visiting(visit)
      try {
        return await visitAndPutBack(session, visit, work)
      } finally {
        session.visiting(null)
      }
    },
  }

  async function visitAndPutBack<T>(
    session: LockedSession,
    { from, to, by }: Visit,
    work: () => Promise<T>
  ): Promise<Visited<T>> {
    // Without the stored intent a page closed mid-visit would leave the session in `to`
    // unnoticed: the person is told, and nothing is switched.
    try {
      await record({ back: from, by })
    } catch (e) {
      throw new ApiError(
        `Nothing was switched: the note to put the session back in ${workspaceWords(from).sentence} if this page closes could not be stored (${toApiError(e).message}). Free some extension storage, or switch by hand.`,
        'host'
      )
    }
    let result: { ok: true; value: T } | { ok: false; error: unknown }
    try {
      const answer = await session.switchWorkspace(to)
      if (answer.workspaceId !== to) {
        const where = workspaceWords(answer.workspaceId).sentence
        throw new ApiError(`Looker kept the session in ${where}.`, 'looker')
      }
      result = { ok: true, value: await work() }
    } catch (error) {
      result = { ok: false, error }
    }
    const putBack = await putBackTo(session, from, delaysMs, wait)
    if (putBack) await record(null).catch(() => undefined)
    else left({ reason: 'failed', in: to, back: from, by })
    if (!result.ok) throw result.error
    return { value: result.value, switched: true, putBack }
  }
}

export interface PutBackState extends PutBack {
  /** Non-null while the session is in the other workspace because a put-back did not happen. */
  leftBehind: LeftBehind | null
  /** The banner's button: switches back now. */
  putBackNow: Action<void>
}

const PutBackContext = createContext<PutBackState | null>(null)

export function PutBackProvider({
  children,
  delaysMs = PUT_BACK_DELAYS_MS,
}: {
  children: ReactNode
  /** Waits between put-back attempts (one attempt more than delays). */
  delaysMs?: readonly number[]
}) {
  const host = useHost()
  const { session, exclusive } = useWorkspace()
  const [leftBehind, setLeftBehind] = useState<LeftBehind | null>(null)
  const checked = useRef(false)

  // Opening an intent must be stored before switching (createPutBack refuses otherwise); closing
  // one is best effort: a stale intent is closed on the next load once the session is back.
  const record = useCallback(
    (intent: Omit<Intent, 'since'> | null) =>
      host.setItem(
        KEY,
        intent ? JSON.stringify({ since: new Date().toISOString(), ...intent }) : ''
      ),
    [host]
  )

  const workspaceId = session.status === 'success' ? session.value.workspaceId : null
  useEffect(() => {
    if (!workspaceId) return
    // Back where it belongs (the bar, another tab, or the button): nothing is left behind.
    setLeftBehind((was) => {
      if (!was || was.back !== workspaceId) return was
      void record(null).catch(() => undefined)
      return null
    })
    if (checked.current) return
    checked.current = true
    void host
      .getItem(KEY)
      .catch(() => null)
      .then((value) => {
        const intent = parse(value)
        if (!intent) return
        const back = intent.back ?? 'production'
        if (workspaceId === back) return void record(null).catch(() => undefined)
        const by = intent.by ?? 'comparison'
        setLeftBehind((was) => was ?? { reason: 'interrupted', in: workspaceId, back, by })
      })
  }, [workspaceId, host, record])

  const { inWorkspace } = useMemo(
    () => createPutBack({ delaysMs, record, left: setLeftBehind }),
    [delaysMs, record]
  )

  const putBackNow = useAction(async () => {
    const back = leftBehind?.back ?? 'production'
    const answer = await exclusive((locked) => locked.switchWorkspace(back))
    if (answer.workspaceId !== back) {
      const where = workspaceWords(answer.workspaceId).sentence
      throw new ApiError(`Looker kept the session in ${where}.`, 'looker')
    }
    await record(null).catch(() => undefined)
    setLeftBehind(null)
  })

  const value = useMemo(
    () => ({ leftBehind, putBackNow, inWorkspace }),
    [leftBehind, putBackNow, inWorkspace]
  )
  return <PutBackContext.Provider value={value}>{children}</PutBackContext.Provider>
}

function parse(value: string | null): Intent | null {
  if (!value) return null
  try {
    return JSON.parse(value) as Intent
  } catch {
    return null
  }
}

export function usePutBack(): PutBackState {
  const state = useContext(PutBackContext)
  if (!state) throw new Error('usePutBack must be used inside <PutBackProvider>')
  return state
}
