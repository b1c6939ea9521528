'use client'

import type { DefaultCellComponentProps } from 'payload'

/** A week without an answer is a long time for a newcomer: such rows stand out. */
const LONG_WAIT_DAYS = 7

export function DaysWaitingCell({ cellData, rowData }: DefaultCellComponentProps) {
  if (typeof cellData !== 'number') return <span>—</span>
  const open = ['new', 'contacted', 'interview'].includes(String(rowData?.status ?? 'new'))
  const long = open && cellData >= LONG_WAIT_DAYS
  return (
    <span style={long ? { color: 'var(--theme-error-500, #b3261e)', fontWeight: 700 } : undefined} title={long ? '等待超过一周 / waiting over a week' : undefined}>
      {cellData} 天{open ? '' : ' ✓'}
    </span>
  )
}
