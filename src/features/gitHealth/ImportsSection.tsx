import React from 'react'
import { Box, Paragraph } from '@looker/components'
import type { Project, ProjectImports } from '../../looker'
import { AsyncContent } from '../../shared/AsyncContent'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'

/** What `dependency_status` means for the person, and whether the IDE must be visited. */
const STATUS: Record<string, { text: string; act: boolean }> = {
  lock_required: {
    text: 'Looker reports that the dependencies’ lock must be regenerated (lock_required): the imports may not be the versions in use.',
    act: true,
  },
  lock_error: {
    text: 'Looker reports an error in the dependencies’ lock (lock_error).',
    act: true,
  },
  lock_optional: { text: 'Looker reports no lock needed (lock_optional).', act: false },
  install_none: { text: 'Looker reports no dependency installed (install_none).', act: false },
}

function Imports({ project, value }: { project: Project; value: ProjectImports }) {
  const status = value.dependencyStatus
  const known = status ? STATUS[status] : undefined
  return (
    <>
      {value.imports.length === 0 ? (
        <Paragraph fontSize="small">This project imports no other project.</Paragraph>
      ) : (
        <Box as="ul" aria-label="Imported projects" fontSize="small">
          {value.imports.map((i) => (
            <li key={i.name}>
              {i.name}:{' '}
              {i.isRemote ? (
                `remote, ${i.url ?? 'no URL given'}${i.ref ? `, ref ${i.ref}` : ''}`
              ) : (
                // No answer says which revision of a local dependency is in use (docs/git-health.md).
                <>
                  local project (Looker gives no revision of it:{' '}
                  <LookerLink href={ideHref(i.name)}>open {i.name} in Looker’s IDE</LookerLink>)
                </>
              )}
            </li>
          ))}
        </Box>
      )}
      {status && (
        <Paragraph fontSize="small" role="status" aria-label="Dependency status">
          {known ? known.text : `Looker reports the dependency status “${status}”.`}
          {(known?.act ?? true) && (
            <>
              {' '}
              <LookerLink href={ideHref(project.id, 'manifest.lkml')}>
                Open manifest.lkml in Looker’s IDE
              </LookerLink>{' '}
              to update the dependencies.
            </>
          )}
        </Paragraph>
      )}
    </>
  )
}

/** The project's imports (local and remote, with refs) and Looker's word on their lock. */
export function ImportsSection({ project }: { project: Project }) {
  const api = useLookerApi()
  // The manifest read is the workspace's (the development branch's, or production's).
  const { state: imports, reload: retry } = useWorkspaceAsync(
    () => api.getImports(project.id),
    `imports|${project.id}`
  )
  return (
    <Box mt="xsmall">
      <Paragraph fontSize="small" fontWeight="semiBold">
        Imported projects
      </Paragraph>
      <AsyncContent
        state={imports}
        loadingLabel="Reading the manifest"
        errorTitle="Could not read the manifest"
        onRetry={retry}
      >
        {({ value }) => <Imports project={project} value={value} />}
      </AsyncContent>
    </Box>
  )
}
