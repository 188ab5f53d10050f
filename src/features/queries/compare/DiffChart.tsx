import React from 'react'
import styled from 'styled-components'
import { Box, Heading, Space, Span, VisuallyHidden } from '@looker/components'
import type { Row } from '../../../looker'
import type { Column } from '../columns'
import { cellText } from '../ResultsTable'
import type { RenderedLookup } from './ResultDiffView'
import type { RowDiff } from './diff'

/** More bars than this stop being read at a glance; the table has the rest. */
export const CHART_ROWS = 20

const Bar = styled.div<{ $dev: boolean }>`
  height: ${({ theme }) => theme.space.xsmall};
  border-radius: ${({ theme }) => theme.radii.small};
  background: ${({ theme, $dev }) => ($dev ? theme.colors.key : theme.colors.ui4)};
`

const Swatch = styled(Bar)`
  display: inline-block;
  width: ${({ theme }) => theme.space.medium};
  margin-right: ${({ theme }) => theme.space.xxsmall};
`

const RowGrid = styled.li`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 3fr);
  gap: ${({ theme }) => theme.space.xsmall};
  align-items: center;
  margin-bottom: ${({ theme }) => theme.space.xxsmall};
`

function numberOf(row: Row | null, name: string): number {
  const v = row?.[name]
  return typeof v === 'number' ? v : 0
}

/**
 * A small bar chart of the first numeric measure: one pair of bars per row, production against
 * development, because a picture of the change is read faster than a table. Plain styled boxes
 * sized in percent: no chart library earns its bytes for two bars per row.
 */
export function DiffChart({
  columns,
  rows,
  rendered,
}: {
  columns: Column[]
  rows: RowDiff[]
  rendered: RenderedLookup
}) {
  const measure = columns.find((c) => c.category === 'measure' && c.isNumeric)
  if (!measure || rows.length === 0) return null
  const dims = columns.filter((c) => c.category === 'dimension')
  const shown = rows.slice(0, CHART_ROWS)
  const max = Math.max(
    ...shown.flatMap((r) => [
      Math.abs(numberOf(r.production, measure.name)),
      Math.abs(numberOf(r.development, measure.name)),
    ]),
    Number.MIN_VALUE
  )
  const width = (row: Row | null) => `${(Math.abs(numberOf(row, measure.name)) / max) * 100}%`
  const text = (row: Row | null) => (row ? cellText(row, rendered(row), measure.name) : 'no row')
  const title = `${measure.label}: production against development`
  return (
    <Box as="figure" m="none" mb="medium" aria-label={title}>
      <Space between mb="xsmall">
        <Heading as="h5" fontSize="xsmall" fontWeight="semiBold">
          {title}
        </Heading>
        <Space gap="small" width="auto" fontSize="xsmall" color="text2" aria-hidden="true">
          <Span>
            <Swatch $dev={false} />
            Production
          </Span>
          <Span>
            <Swatch $dev />
            Development
          </Span>
        </Space>
      </Space>
      <Box as="ul" m="none" p="none" style={{ listStyle: 'none' }} fontSize="xsmall">
        {shown.map((r, i) => {
          const key = (r.development ?? r.production)!
          const label = dims.length
            ? dims.map((d) => cellText(key, rendered(key), d.name)).join(' · ')
            : `Row ${i + 1}`
          return (
            <RowGrid key={i}>
              <Span
                color="text2"
                style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              >
                {label}
              </Span>
              <Box aria-hidden="true">
                <Bar $dev={false} style={{ width: width(r.production) }} />
                <Bar $dev style={{ width: width(r.development), marginTop: '0.125rem' }} />
              </Box>
              <VisuallyHidden>
                production {text(r.production)}, development {text(r.development)}
              </VisuallyHidden>
            </RowGrid>
          )
        })}
      </Box>
      {rows.length > shown.length && (
        <Span fontSize="xsmall" color="text2">
          The first {CHART_ROWS} of {rows.length} rows; the table has them all.
        </Span>
      )}
    </Box>
  )
}
