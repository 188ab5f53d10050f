import React, { useState } from 'react'
import {
  Box,
  Button,
  ButtonTransparent,
  Heading,
  InputText,
  Label,
  Paragraph,
  Space,
  Span,
} from '@looker/components'
import type { QuerySpec } from '../../../looker/queryTypes'
import { useAsync } from '../../../shared/async'
import { AsyncContent } from '../../../shared/AsyncContent'
import { useHost } from '../../../state/host'
import { exploreUrl, isRunnable } from '../querySpec'
import type { QueryRun } from '../useQueryRun'
import { deleteSaved, loadSaved, saveQuery } from './store'

interface Props {
  /** The LookML project of the current model, or null before one is chosen. */
  project: string | null
  spec: QuerySpec
  run: QueryRun
  onLoad(spec: QuerySpec): void
}

/** Save the current query under a name; run, compare, open in Explore, load or delete saved ones. */
export function SavedQueries({ project, spec, run, onLoad }: Props) {
  const host = useHost()
  const [version, setVersion] = useState(0)
  const [name, setName] = useState('')
  const [saved] = useAsync(
    () => (project ? loadSaved(host, project) : Promise.resolve([])),
    `${project}|${version}`
  )
  const refresh = () => setVersion((v) => v + 1)
  if (!project) return null
  const save = async () => {
    await saveQuery(host, project, { name: name.trim(), spec })
    setName('')
    refresh()
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
        <Button disabled={!name.trim() || !isRunnable(spec)} onClick={() => void save()}>
          Save query
        </Button>
      </Space>
      <AsyncContent
        state={saved}
        loadingLabel="Loading saved queries"
        errorTitle="Could not read saved queries"
      >
        {(list) =>
          list.length === 0 ? (
            <Paragraph color="text2">No saved queries yet.</Paragraph>
          ) : (
            <Box as="ul" p="none" style={{ listStyle: 'none' }}>
              {list.map((q) => (
                <Space as="li" key={q.name} gap="xsmall" aria-label={q.name}>
                  <Span fontWeight="semiBold">{q.name}</Span>
                  <ButtonTransparent
                    size="small"
                    aria-label={`Run ${q.name}`}
                    onClick={() => {
                      onLoad(q.spec)
                      void run.run(q.spec)
                    }}
                  >
                    Run
                  </ButtonTransparent>
                  <ButtonTransparent
                    size="small"
                    aria-label={`Compare ${q.name}`}
                    onClick={() => {
                      onLoad(q.spec)
                      void run.compare(q.spec)
                    }}
                  >
                    Compare
                  </ButtonTransparent>
                  <ButtonTransparent
                    size="small"
                    aria-label={`Open ${q.name} in Explore`}
                    onClick={() => host.navigate(exploreUrl(q.spec))}
                  >
                    Open in Explore
                  </ButtonTransparent>
                  <ButtonTransparent
                    size="small"
                    aria-label={`Load ${q.name}`}
                    onClick={() => onLoad(q.spec)}
                  >
                    Load
                  </ButtonTransparent>
                  <ButtonTransparent
                    size="small"
                    aria-label={`Delete ${q.name}`}
                    onClick={() => void deleteSaved(host, project, q.name).then(refresh)}
                  >
                    Delete
                  </ButtonTransparent>
                </Space>
              ))}
            </Box>
          )
        }
      </AsyncContent>
    </Box>
  )
}
