import { toApiError } from './ApiError'

/** Runs one Looker call and turns any failure into an ApiError. */
export async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    throw toApiError(e)
  }
}
