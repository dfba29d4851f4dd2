// What the notices name, read from the modules: an order's producers and their products, a
// certificate's product and producer, a payout batch's payees. Used by src/subscribers/notices-*.ts
// and src/jobs/notify-certificate-expiry.ts.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE, type LedgerModuleService } from "../modules/ledger"
import { itemName, toAmount } from "./order-messages"

type Row = Record<string, any>

const DEFAULT_VARIANTS = new Set(["Mặc định", "Default variant", "Default"])

/** The order's number ("#12") and, per producer, the names of its lines in the order. */
export async function orderByProducer(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // The order's total makes the Order Module compute its lines (their quantities among them).
    fields: ["id", "display_id", "total", "items.product_id", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const order = data[0] as Row | undefined
  if (!order) return null
  const productIds = [...new Set((order.items ?? []).map((i: Row | null) => i?.product_id).filter(Boolean))] as string[]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productIds } })
    : { data: [] }
  const producerOf = new Map((products as Row[]).map((p) => [p.id as string, (p.producer?.id as string | undefined) ?? null]))
  const byProducer = new Map<string, string[]>()
  for (const item of (order.items ?? []) as Array<Row | null>) {
    const producerId = item?.product_id ? producerOf.get(item.product_id) : null
    if (!item || !producerId) continue
    const quantity = toAmount(item.quantity) || toAmount(item.detail?.quantity)
    // A portal product's only variant is "Mặc định" (default): the product's name says it all.
    const name = itemName({ ...item, variant_title: DEFAULT_VARIANTS.has(item.variant_title) ? null : item.variant_title })
    byProducer.set(producerId, [...(byProducer.get(producerId) ?? []), `${name} × ${quantity}`])
  }
  return { id: order.id as string, number: order.display_id ? `#${order.display_id}` : (order.id as string), byProducer }
}

export type CertificateFacts = {
  id: string
  decision_number: string
  expires_at: string | null
  status: string
  status_reason: string | null
  product_id: string | null
  product: string | null
  producer_id: string | null
}

/** A certificate with the product it certifies and that product's producer. */
export async function certificateWithProducer(container: MedusaContainer, certificateId: string, productId?: string | null): Promise<CertificateFacts | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id", "decision_number", "expires_at", "status", "status_reason", "product.id", "product.title", "product.producer.id"],
    filters: { id: certificateId },
  })
  const cert = data[0] as Row | undefined
  if (!cert) return null
  let product = cert.product as Row | undefined
  if ((!product || !product.id) && productId) {
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "title", "producer.id"], filters: { id: productId } })
    product = products[0] as Row | undefined
  }
  return {
    id: cert.id,
    decision_number: cert.decision_number,
    expires_at: cert.expires_at ? new Date(cert.expires_at).toISOString().slice(0, 10) : null,
    status: cert.status,
    status_reason: cert.status_reason ?? null,
    product_id: product?.id ?? productId ?? null,
    product: product?.title ?? null,
    producer_id: product?.producer?.id ?? null,
  }
}

/** A payout batch's payees with what each was paid. */
export async function payoutBatchLines(container: MedusaContainer, batchId: string) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [batch] = await ledger.listPayoutBatches({ id: batchId }, { relations: ["lines"] })
  if (!batch) return null
  return {
    id: batch.id,
    period: batch.period,
    paid: batch.status === "paid",
    bank_reference: batch.bank_reference ?? null,
    lines: (batch.lines ?? []).map((l) => ({ type: l.account_type as "producer" | "partner", id: l.account_id, amount: Number(l.amount) })),
  }
}
