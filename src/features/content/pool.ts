import { check } from '../../shared/abort'

/** Runs `work` over `items`, at most `limit` at a time; stops taking new items once aborted. */
export async function pool<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      check(signal)
      await work(items[next++]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane))
}
