import { Button, Drawer, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { DrawerActions } from "./drawer-actions"
import { ErrorText } from "./error-text"

type ReasonDrawerProps = {
  /** The button's and the confirm button's text, e.g. "Tạm ngừng". */
  action: string
  title: string
  /** Says who will read the reason. */
  reasonLabel: string
  /** Sends the decision; its error is shown in the drawer, which stays open. */
  submit: (reason: string) => Promise<void>
}

/** A danger button that opens a drawer asking why before a status change the other side will see. */
export function ReasonDrawer({ action, title, reasonLabel, submit }: ReasonDrawerProps) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const confirm = async () => {
    setError(null)
    try {
      await submit(reason)
      setOpen(false)
      setReason("")
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="danger">
          {action}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3">
          <Label size="small">{reasonLabel}</Label>
          <Textarea value={reason} onChange={(e) => setReason(e.target.value)} />
          <ErrorText error={error} />
        </Drawer.Body>
        <DrawerActions label={action} variant="danger" onConfirm={confirm} />
      </Drawer.Content>
    </Drawer>
  )
}
