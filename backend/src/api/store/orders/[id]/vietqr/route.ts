import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { vietQrPngDataUrl, vietQrSvg } from "../../../../../modules/payment-vietqr/render"
import type { VietQrSessionData } from "../../../../../modules/payment-vietqr/service"
import { VIETQR_PROVIDER_ID, vietQrUnpaidTimeoutHours } from "../../../../../workflows/payments/config"

const Query = z.object({ email: z.string().trim().min(1).optional() })

type OrderRow = {
  id: string
  display_id: number
  email: string | null
  customer_id: string | null
  status: string
  created_at: string | Date
  payment_collections?: {
    payments?: { provider_id: string; data: Partial<VietQrSessionData> | null; captured_at: unknown; canceled_at: unknown }[] | null
  }[] | null
}

/**
 * GET /store/orders/:id/vietqr[?email=] → what the confirmation page shows for a VietQR order:
 * { order_id, display_id, status: awaiting_transfer|paid|canceled, payload, amount, currency_code,
 *   reference, bank_bin, bank_name, account_number, account_name, pay_before, png, svg }
 * (payload, png and svg are null once the order is canceled, so nobody pays for it).
 * Scoped to the buyer: the logged-in customer who placed it, or anyone giving the order's email
 * (guest checkout). Any other caller gets 404, the same as for an unknown order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = Query.safeParse(req.query)
  const email = params.success ? params.data.email?.toLowerCase() : undefined
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "customer_id",
      "status",
      "created_at",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: req.params.id! },
  })
  const order = data[0] as unknown as OrderRow | undefined
  const isBuyer =
    !!order &&
    ((!!customerId && order.customer_id === customerId) || (!!email && (order.email ?? "").toLowerCase() === email))
  if (!order || !isBuyer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)

  const payment = (order.payment_collections ?? [])
    .flatMap((pc) => pc?.payments ?? [])
    .find((p) => p.provider_id === VIETQR_PROVIDER_ID)
  const qr = payment?.data
  if (!payment || !qr?.payload) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order.id} is not paid by VietQR`)
  }

  const status =
    order.status === "canceled" || payment.canceled_at ? "canceled" : payment.captured_at ? "paid" : "awaiting_transfer"
  const payBefore = new Date(new Date(order.created_at).getTime() + vietQrUnpaidTimeoutHours() * 3_600_000)
  const live = status !== "canceled"

  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    order_id: order.id,
    display_id: order.display_id,
    status,
    payload: live ? qr.payload : null,
    amount: qr.amount ?? null,
    currency_code: "vnd",
    reference: qr.reference ?? null,
    bank_bin: qr.bank_bin ?? null,
    bank_name: qr.bank_name ?? null,
    account_number: qr.account_number ?? null,
    account_name: qr.account_name ?? null,
    pay_before: status === "awaiting_transfer" ? payBefore.toISOString() : null,
    png: live ? await vietQrPngDataUrl(qr.payload) : null,
    svg: live ? await vietQrSvg(qr.payload) : null,
  })
}
