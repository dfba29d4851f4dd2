import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePartnerStep } from "./steps"

/** Where a partner's guests' parcels go, already checked (src/api/partner/lib/guest-delivery.ts); null stops accepting. */
export type GuestDeliveryAddress = {
  address_1: string
  province: string
  city: string
  province_code: string
  commune_code: string
  phone: string
}

/** Turns a partner's acceptance of deliveries for its guests on (with its address) or off (POST /partner/guest-delivery). */
export const setGuestDeliveryWorkflow = createWorkflow(
  "partner-set-guest-delivery",
  (input: { partner_id: string; guest_delivery: GuestDeliveryAddress | null }) => {
    const update = transform({ input }, ({ input }) => ({ id: input.partner_id, guest_delivery: input.guest_delivery }))
    return new WorkflowResponse(updatePartnerStep(update))
  }
)
