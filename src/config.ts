/** The oldest Looker this extension supports (ExtensionProvider40 refuses older hosts). */
export const REQUIRED_LOOKER_VERSION = '>=23.18'

/**
 * How long one host message may take. Looker's default is 30 s, which would cut long queries
 * short; query tasks poll, but a single slow call (a big run_inline_query) still needs room.
 */
export const CHATTY_TIMEOUT_MS = 5 * 60 * 1000

/**
 * Waits between attempts to put the session back to production after a comparison (a
 * compensating action: retried, unlike every other write). Four attempts in all.
 */
export const PUT_BACK_DELAYS_MS: readonly number[] = [500, 1500, 3000]

/**
 * After Looker did not answer a write in time (the host's message timeout), what it reports is
 * read again after each of these waits, until it shows the write applied: Looker may still apply it.
 */
export const REREAD_AFTER_TIMEOUT_MS: readonly number[] = [2000, 5000, 15000, 30000]

/**
 * After a deploy's answer was lost, how long Looker is given to carry it out: until then a
 * production read that still shows the old commit leaves it "may be under way" (no other deploy
 * offered); after, that read means Looker did not apply it.
 */
export const DEPLOY_SETTLE_MS = 5 * 60 * 1000
