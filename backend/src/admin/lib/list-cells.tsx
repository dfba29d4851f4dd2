import { Button, StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A name with a smaller line under it (legal name, producer, …). */
export function TwoLineCell({ title, subtitle }: { title: ReactNode; subtitle: ReactNode }) {
  return (
    <div className="flex flex-col">
      <Text size="small" weight="plus">
        {title}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {subtitle}
      </Text>
    </div>
  )
}

export type Badge = { color: "green" | "orange" | "red" | "grey" | "blue"; label: string }

/** A status badge (none for an unknown status) with its notes, e.g. why it was suspended. */
export function StatusCell({ badge, notes }: { badge: Badge | undefined; notes: Array<ReactNode | null | false | undefined> }) {
  return (
    <div className="flex flex-col">
      {badge && <StatusBadge color={badge.color}>{badge.label}</StatusBadge>}
      {notes.map(
        (note, i) =>
          note && (
            <Text key={i} size="xsmall" className="text-ui-fg-subtle">
              {note}
            </Text>
          ),
      )}
    </div>
  )
}

/** A row's actions, right-aligned: "Duyệt" unless already approved, then the others (suspend, reject, …). */
export function StatusActions({ canApprove, onApprove, children }: { canApprove: boolean; onApprove: () => void; children?: ReactNode }) {
  return (
    <div className="flex justify-end gap-x-2">
      {canApprove && (
        <Button size="small" variant="secondary" onClick={onApprove}>
          Duyệt
        </Button>
      )}
      {children}
    </div>
  )
}
