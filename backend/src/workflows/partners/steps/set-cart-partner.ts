import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PartnerRecord } from "../../../modules/partner"
import { partnerService } from "../utils/partner-service"

/**
 * Attributes a cart to the partner of a recorded visit (the last click wins): only a visit, never a
 * bare referral code, credits a partner (issue #21). A visit whose partner is no longer active
 * changes nothing and answers partner null; a cart already ordered keeps its attribution.
 */
type CartPartner = { cart_id: string; partner: PartnerRecord | null }
type CartUndo = { id: string; partner_id: string | null } | null
const answer = (value: CartPartner, undo: CartUndo = null) => new StepResponse<CartPartner, CartUndo>(value, undo)

export const setCartPartnerStep = createStep("partner-set-cart-partner-step", async (input: { cart_id: string; visit_id: string }, { container }) => {
  const [cart] = await container.resolve(Modules.CART).listCarts({ id: input.cart_id }, { select: ["id", "completed_at"] })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
  const [visit] = await partnerService(container).listPartnerVisits({ id: input.visit_id }, { select: ["id", "partner_id"] })
  const [active] = visit ? await partnerService(container).listPartners({ id: visit.partner_id as string, status: "active" }) : []
  const partner = active ?? null
  if (!partner || cart.completed_at) return answer({ cart_id: cart.id, partner: null })
  const service = partnerService(container)
  const [existing] = await service.listPartnerAttributions({ cart_id: cart.id })
  if (existing?.order_id) return answer({ cart_id: cart.id, partner: null })
  if (existing) {
    await service.updatePartnerAttributions({ id: existing.id, partner_id: partner.id })
    return answer({ cart_id: cart.id, partner }, { id: existing.id, partner_id: existing.partner_id as string })
  }
  const created = await service.createPartnerAttributions({ cart_id: cart.id, partner_id: partner.id })
  return answer({ cart_id: cart.id, partner }, { id: created.id, partner_id: null })
}, async (undo, { container }) => {
  if (!undo) return
  const service = partnerService(container)
  if (undo.partner_id) await service.updatePartnerAttributions({ id: undo.id, partner_id: undo.partner_id })
  else await service.deletePartnerAttributions([undo.id])
})
