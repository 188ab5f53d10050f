import React, { memo, useState } from 'react'
import { Box, Button, Heading, InputText, Label, Paragraph, Space } from '@looker/components'
import type { QuerySpec } from '../../../looker'
// eslint-disable-next-line no-restricted-imports -- extension storage, the same in both workspaces
import { useRefreshable } from '../../../shared/async'
import { ActionStatus } from '../../../shared/ActionStatus'
import { useAction } from '../../../shared/useAction'
import { AsyncContent } from '../../../shared/AsyncContent'
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog'
import { useHost } from '../../../state/host'
import { exploreUrl, isRunnable, SAFE_LINK_LENGTH } from '../querySpec'
import type { QueryRun } from '../useQueryRun'
import { deleteSaved, readSaved, saveQuery } from './store'
import { SavedQueryList } from './SavedQueryList'

interface Props {
  /** The LookML project of the current model, or null before one is chosen. */
  project: string | null
  spec: QuerySpec
  /** From {@link QueryRun}: stable, so a run's progress does not re-render the saved queries. */
  run: QueryRun['run']
  compare: QueryRun['compare']
  onLoad(spec: QuerySpec): void
}

/** A change to the stored list. */
interface Change {
  verb: 'save' | 'delete'
  name: string
}

const changeLabels = ({ verb, name }: Change) => ({
  title: `${verb === 'save' ? 'Save' : 'Delete'} ${name}`,
  pendingLabel: `${verb === 'save' ? 'Saving' : 'Deleting'} ${name}`,
  errorTitle: `Could not ${verb} ${name}`,
})

/** What is waiting for the person's confirmation: it would lose a saved query. */
type Confirming = { kind: 'replace'; name: string } | { kind: 'delete'; name: string } | null

/** Save the current query under a name; run, compare, open in Explore, load or delete saved ones. */
export const SavedQueries = memo(function SavedQueries({ project, ...rest }: Props) {
  // Nothing is stored before a model names its project: nothing to read either.
  return project ? <ProjectSavedQueries project={project} {...rest} /> : null
})

function ProjectSavedQueries({ project, spec, run, compare, onLoad }: Props & { project: string }) {
  const host = useHost()
  const [name, setName] = useState('')
  const [confirming, setConfirming] = useState<Confirming>(null)
  const [tooLong, setTooLong] = useState<string | null>(null)
  // Looker may refuse a long address (414): an Explore link over the safe length is not opened.
  const openInExplore = (s: QuerySpec, as: string) => {
    const url = exploreUrl(s)
    if (url.length <= SAFE_LINK_LENGTH) return host.navigate(url)
    setTooLong(
      `The Explore link of ${as} would be ${url.length.toLocaleString('en-US')} characters long, over the 2,000 Looker is sure to open: load it here instead.`
    )
  }
  const saved = useRefreshable(() => readSaved(host, project), project)
  const { refresh } = saved
  /** A change to the stored list; the list is shown again whatever happened. */
  const changing = useAction(
    async (_ctx, _change: Change, work: () => Promise<void>) => {
      try {
        await work()
      } finally {
        await refresh()
      }
    },
    { reread: async () => void (await refresh()) }
  )
  const change = async (what: Change, work: () => Promise<void>) => {
    setConfirming(null)
    if ((await changing.run(what, work))?.ok) setName('')
  }
  const save = (as: string) =>
    change({ verb: 'save', name: as }, () => saveQuery(host, project, { name: as, spec }))
  const remove = (as: string) =>
    change({ verb: 'delete', name: as }, () => deleteSaved(host, project, as))
  const trySave = () => {
    const as = name.trim()
    const list = saved.state.status === 'success' ? saved.state.value.list : []
    if (list.some((q) => q.name === as)) setConfirming({ kind: 'replace', name: as })
    else void save(as)
  }

  return (
    <Box as="section" aria-label="Saved queries" my="medium">
      <Heading as="h3" fontSize="medium">
        Saved queries of project {project}
      </Heading>
      <Space gap="xsmall" my="small">
        <Label htmlFor="saved-query-name">Name</Label>
        <InputText
          id="saved-query-name"
          value={name}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setName(e.target.value)}
        />
        <Button disabled={!name.trim() || !isRunnable(spec)} onClick={trySave}>
          Save query
        </Button>
      </Space>
      {changing.state.status !== 'idle' && (
        <ActionStatus action={changing} {...changeLabels(changing.state.args[0])} />
      )}
      <AsyncContent
        state={saved.state}
        loadingLabel="Loading saved queries"
        errorTitle="Could not read saved queries"
        onRetry={saved.reload}
      >
        {({ list, unusable }) => (
          <>
            <UnusableSaved names={unusable} />
            <SavedQueryList
              list={list}
              onRun={(s) => {
                onLoad(s)
                void run(s)
              }}
              onCompare={(s) => {
                onLoad(s)
                void compare(s)
              }}
              onOpen={openInExplore}
              onLoad={onLoad}
              onDelete={(n) => setConfirming({ kind: 'delete', name: n })}
            />
          </>
        )}
      </AsyncContent>
      {tooLong && (
        <Paragraph role="alert" color="critical">
          {tooLong}
        </Paragraph>
      )}
      {confirming && (
        <ConfirmDialog
          title={
            confirming.kind === 'replace'
              ? `Replace the saved query ${confirming.name}?`
              : `Delete the saved query ${confirming.name}?`
          }
          confirmLabel={`${confirming.kind === 'replace' ? 'Replace' : 'Delete'} ${confirming.name}`}
          losses={[`the saved query ${confirming.name} as it is now`]}
          onCancel={() => setConfirming(null)}
          onConfirm={() =>
            void (confirming.kind === 'replace' ? save(confirming.name) : remove(confirming.name))
          }
        />
      )}
    </Box>
  )
}

/** Saved queries another version wrote: said to be unusable here, and kept in storage. */
function UnusableSaved({ names }: { names: Array<string | null> }) {
  if (names.length === 0) return null
  const named = names.filter((n): n is string => n !== null)
  return (
    <Paragraph role="status" aria-label="Saved queries this version cannot use" color="text2">
      {names.length === 1 ? '1 saved query cannot' : `${names.length} saved queries cannot`} be used
      by this version of the app and {names.length === 1 ? 'is' : 'are'} kept as{' '}
      {names.length === 1 ? 'it was' : 'they were'}
      {named.length ? `: ${named.join(', ')}.` : '.'}
    </Paragraph>
  )
}
