import React, { useCallback, useEffect, useRef } from 'react'
import { Link } from '@looker/components'
import type { Row } from '../../looker'
import type { Column } from './columns'
import { toCsv } from './csv'

/**
 * A download link for the rows as CSV. A Blob link inside Looker's sandboxed iframe needs its
 * `allow-downloads` token, which the manifest's `use_downloads: yes` grants. The file is made
 * when the link is about to be used (pointer down, focus, click), not with the rows: writing
 * 5,000 rows of CSV up front delayed the first screenful of a big result.
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
  const made = useRef<{ url: string; columns: Column[]; rows: Row[] } | null>(null)
  const forget = () => {
    if (made.current) URL.revokeObjectURL(made.current.url)
    made.current = null
  }
  // New rows or columns: the old file is stale.
  useEffect(() => forget, [columns, rows])
  const prepare = useCallback(
    (event: React.SyntheticEvent<HTMLAnchorElement>) => {
      const link = event.currentTarget
      if (made.current?.rows !== rows || made.current.columns !== columns) {
        forget()
        const blob = new Blob([toCsv(columns, rows)], { type: 'text/csv' })
        made.current = { url: URL.createObjectURL(blob), columns, rows }
      }
      link.href = made.current.url
    },
    [columns, rows]
  )
  return (
    <Link
      href="#download-csv"
      download={fileName}
      fontSize="small"
      onPointerDown={prepare}
      onFocus={prepare}
      onClick={prepare}
    >
      Download CSV
    </Link>
  )
}
