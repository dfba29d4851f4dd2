import type { InferTypeOf } from "@medusajs/framework/types"
import type { ReturnRequest } from "../../../modules/returns/models/return-request"

type Request = InferTypeOf<typeof ReturnRequest>

/**
 * A return request as the routes answer it (store, producer and admin alike; docs/architecture.md,
 * Returns). The buyer's bank account is shown to the buyer and the admin (who transfers), never to the producer.
 */
export function returnView(r: Request, withBank: boolean) {
  return {
    id: r.id,
    order_id: r.order_id,
    producer_id: r.producer_id,
    status: r.status,
    items: r.items,
    amount: Math.round(Number(r.amount)),
    reason: r.reason,
    photos: r.photos ?? [],
    refusal_reason: r.refusal_reason ?? null,
    dispute_note: r.dispute_note ?? null,
    decided_by: r.decided_by ?? null,
    decided_at: r.decided_at ?? null,
    refund_method: r.refund_method,
    refunded_at: r.refunded_at ?? null,
    ...(withBank
      ? { bank_account: r.account_number ? { bank_bin: r.bank_bin, account_number: r.account_number, account_name: r.account_name } : null, bank_reference: r.bank_reference ?? null }
      : {}),
    created_at: r.created_at,
  }
}
