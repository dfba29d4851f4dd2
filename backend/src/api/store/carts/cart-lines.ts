import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Runs before Medusa's update/delete of a cart line. Medusa's own workflow fails with a 500
 * ("reading 'completed_at'") when the cart does not exist; a shopper (or a stale tab) should get
 * a 404 that names what is missing instead.
 */
export async function requireCartLine(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { id, line_id: lineId } = req.params as { id: string; line_id: string }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "items.id"], filters: { id } })
    const cart = data[0] as { id: string; items?: Array<{ id: string } | null> | null } | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: no cart with id ${id}`)
    if (!(cart.items ?? []).some((item) => item?.id === lineId)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `line_id: the cart has no line with id ${lineId}`)
    }
    next()
  } catch (error) {
    next(error)
  }
}
