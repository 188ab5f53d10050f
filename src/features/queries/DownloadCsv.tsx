import React, { useEffect, useMemo } from 'react'
import { Link } from '@looker/components'
import type { Row } from '../../looker'
import type { Column } from './columns'
import { toCsv } from './csv'

/**
 * A download link for the rows as CSV. A Blob link inside Looker's sandboxed iframe needs its
 * `allow-downloads` token, which the manifest's `use_downloads: yes` grants.
 */
export function DownloadCsv({
  columns,
  rows,
  fileName,
}: {
  columns: Column[]
  rows: Row[]
  fileName: string
}) {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv' })),
    [columns, rows]
  )
  useEffect(() => () => URL.revokeObjectURL(url), [url])
  return (
    <Link href={url} download={fileName} fontSize="small">
      Download CSV
    </Link>
  )
}
