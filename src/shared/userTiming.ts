/**
 * Names a stretch of work in the browser's performance timeline (`performance.measure`), where
 * DevTools' Performance panel and `npm run bench` read it. Costs a few microseconds; does nothing
 * where the environment has no User Timing.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now()
  try {
    return work()
  } finally {
    if (typeof performance.measure === 'function') performance.measure(name, { start })
  }
}
