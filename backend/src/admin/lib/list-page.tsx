import { Container, Heading, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { ErrorBanner } from "./error-text"

// The frame the admin's list pages share: a heading with a count line and the
// page's controls (search, filter, …), the last error, then a table whose last
// column (row actions) has no title.

type ListPageProps = {
  title: string
  summary: ReactNode
  controls: ReactNode
  error: string | null
  columns: readonly string[]
  /** The table's rows. */
  children: ReactNode
}

export function ListPage({ title, summary, controls, error, columns, children }: ListPageProps) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>{title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {summary}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">{controls}</div>
      </div>
      <ErrorBanner error={error} />
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((title) => (
              <Table.HeaderCell key={title}>{title}</Table.HeaderCell>
            ))}
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>{children}</Table.Body>
      </Table>
    </Container>
  )
}
