import type { ModelSummary } from '../../looker'
import { parseLimit, parseSorts, SAFE_LINK_LENGTH, SAFE_SEARCH_LENGTH } from './querySpec'

/**
 * The values of a query link that the query cannot use, each named ("limit=-5: ..."). The link's
 * own values are checked here, before specFromSearch replaces a bad one with a default; the model
 * and explore are checked once the workspace's models are known.
 */
export function linkProblems(search: string, models: readonly ModelSummary[] | null): string[] {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  if (search.length > SAFE_SEARCH_LENGTH) {
    problems.push(
      `The link is ${search.length.toLocaleString('en-US')} characters long; links stay under ${SAFE_LINK_LENGTH.toLocaleString('en-US')} characters, as Looker may refuse longer ones (HTTP 414). Remove fields or filters.`
    )
  }
  const limit = params.get('limit')
  if (limit !== null) {
    const parsed = parseLimit(limit)
    if (!parsed.ok) problems.push(`limit=${limit}: ${parsed.message}`)
  }
  const sorts = params.get('sorts')
  if (sorts) {
    const fields = (params.get('fields') ?? '').split(',').filter(Boolean)
    const parsed = parseSorts(sorts, fields)
    if (!parsed.ok) problems.push(`sorts=${sorts}: ${parsed.message}`)
  }
  const model = params.get('model')
  const explore = params.get('explore')
  if (models && model) {
    const found = models.find((m) => m.name === model)
    if (!found) problems.push(`model=${model}: there is no such model in this workspace.`)
    else if (explore && !found.explores.some((e) => e.name === explore)) {
      problems.push(`explore=${explore}: the model ${model} has no such explore.`)
    }
  }
  return problems
}
