import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { VIETQR_PROVIDER_ID } from "../../../../../workflows/payments/utils/config"

type SessionData = { reference?: string; amount?: number }

/**
 * GET /admin/payments/vietqr/:reference → { reference, order_id, display_id, order_status, amount, payment_status }
 * From a transfer reference on the bank statement (e.g. "OCOP7K3M9Q2XWD") to its order, so the
 * admin can then POST /admin/orders/:id/vietqr-received. 404 when no order carries it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reference = String(req.params.reference ?? "").trim().toUpperCase()
  // The reference ends with the last 10 characters of its payment session's id (a ULID).
  const tail = reference.slice(-10)
  if (!/^[0-9A-Z]{10}$/.test(tail)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No VietQR transfer ${reference}`)

  const paymentModule = req.scope.resolve(Modules.PAYMENT)
  const sessions = await paymentModule.listPaymentSessions(
    { provider_id: VIETQR_PROVIDER_ID, id: { $ilike: `%${tail}` } } as unknown as Parameters<typeof paymentModule.listPaymentSessions>[0],
    { select: ["id", "data", "payment_collection_id"] }
  )
  const session = sessions.find((s) => String((s.data as SessionData | null)?.reference ?? "").toUpperCase() === reference)
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No VietQR transfer ${reference}`)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order.id", "order.display_id", "order.status", "order.payment_status"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  const order = (links[0] as unknown as { order?: { id: string; display_id: number; status: string; payment_status: string } } | undefined)?.order
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `VietQR transfer ${reference} belongs to no order (the cart was not completed)`)

  res.json({
    reference,
    order_id: order.id,
    display_id: order.display_id,
    order_status: order.status,
    payment_status: order.payment_status,
    amount: (session.data as SessionData).amount ?? null,
  })
}
