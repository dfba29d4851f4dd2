// Shelf helpers that are not steps: the partner's own shelf (also read by src/api/partner), and the
// event every shelf workflow emits.
import { transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { notFound, partnerService } from "./partner-service"

/** The shelf if it is the partner's; 404 otherwise (whether it exists or not). */
export async function ownShelfOrThrow(container: { resolve: (k: string) => any }, partnerId: string, shelfId: string) {
  const [shelf] = await partnerService(container).listShowcases({ id: shelfId, partner_id: partnerId })
  if (!shelf) notFound("shelf", shelfId)
  return shelf
}

/** Emitted with { id } when a shelf is created, changed or deleted (the storefront's cache listens). */
export const PARTNER_SHELF_CHANGED = "partner.shelf_changed"

export function emitShelfChanged(shelf: { id: string }) {
  emitEventStep({ eventName: PARTNER_SHELF_CHANGED, data: transform({ shelf }, ({ shelf }) => ({ id: shelf.id })) })
}
