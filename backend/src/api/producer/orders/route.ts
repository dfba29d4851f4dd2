import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrders } from "../lib/orders"
import { producerScope } from "../lib/scope"
import type { ProducerListOrdersType } from "../validators"

/**
 * GET /producer/orders?limit=&offset= → { orders, count, limit, offset }, newest first: orders
 * holding the producer's products, each with only its own items ({ id, title, variant_title, sku,
 * quantity, unit_price, total, fulfilled_quantity, shipped_quantity, remaining_quantity }), its
 * own fulfilments (carrier, tracking numbers) and the buyer's delivery data
 * (delivery: { name, phone, address_1, address_2, city, province, postal_code, country_code, shipping_method }).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListOrdersType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const { orders, count } = await producerOrders(req.scope, producerScope(req).producer_id, { limit, offset })
  res.json({ orders, count, limit, offset })
}
