import { Button, Drawer } from "@medusajs/ui"

/** A drawer's footer: Huỷ closes it, the other button confirms. */
export function DrawerActions({
  label,
  onConfirm,
  variant = "primary",
  isLoading,
}: {
  label: string
  onConfirm: () => void
  variant?: "primary" | "danger"
  isLoading?: boolean
}) {
  return (
    <Drawer.Footer>
      <Drawer.Close asChild>
        <Button size="small" variant="secondary">
          Huỷ
        </Button>
      </Drawer.Close>
      <Button size="small" variant={variant} onClick={onConfirm} isLoading={isLoading}>
        {label}
      </Button>
    </Drawer.Footer>
  )
}
