import { Heading, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

// The frame the admin's list pages share: a heading with a count line and the
// page's controls, and the table's column titles.

export function ListHeader({ title, summary, children }: { title: string; summary: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
      <div>
        <Heading>{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {summary}
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
    </div>
  )
}

/** Column titles; the last column (row actions) has none. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <Table.Header>
      <Table.Row>
        {columns.map((title) => (
          <Table.HeaderCell key={title}>{title}</Table.HeaderCell>
        ))}
        <Table.HeaderCell />
      </Table.Row>
    </Table.Header>
  )
}
