// Pure rules of the partner programme: referral codes and how an order's state settles its
// attribution (months in Vietnam time are in @ocop/core). No Medusa calls here (unit-tested in rules.test.ts).

import { slugify } from "@ocop/core"

/** A referral code as `?ref=` carries it: 3–20 upper-case letters and digits. */
export const REFERRAL_CODE = /^[A-Z0-9]{3,20}$/

/** The code a shopper's link carries, normalized (trimmed, upper-case); null when it cannot be one. */
export function normalizeReferralCode(input: unknown): string | null {
  if (typeof input !== "string") return null
  const code = input.trim().toUpperCase()
  return REFERRAL_CODE.test(code) ? code : null
}

/** The first choice of code for a partner's name: its letters and digits, unaccented, at most 12. */
export function referralCodeBase(name: string): string {
  const base = slugify(name.replace(/\(.*?\)/g, " ")).replace(/-/g, "").toUpperCase().slice(0, 12)
  return base.length >= 3 ? base : `PARTNER${base}`
}

/** `base`, else `base2`, `base3`… the first not in `taken`. */
export function freeReferralCode(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`
}

/** Whole đồng of commission on an amount. */
export function commissionOf(rate: number, amount: number): number {
  return Math.max(0, Math.round(rate * amount))
}

export type OrderFacts = {
  status: string
  item_total: number
  total: number
  refunded: number
  /** Every item of the order is in a delivered, not canceled, fulfilment. */
  delivered: boolean
}

export type Settlement = { status: "pending" | "earned" | "void"; amount: number; commission: number }

/**
 * What an attributed order is worth to its partner now: void when canceled or refunded in full;
 * otherwise the item total less what was refunded, earned once every item is delivered.
 */
export function settle(facts: OrderFacts, rate: number): Settlement {
  if (facts.status === "canceled") return { status: "void", amount: 0, commission: 0 }
  if (facts.refunded > 0 && facts.refunded >= facts.total) return { status: "void", amount: 0, commission: 0 }
  const amount = Math.max(0, Math.round(facts.item_total - facts.refunded))
  return { status: facts.delivered ? "earned" : "pending", amount, commission: commissionOf(rate, amount) }
}

export type OrderRow = {
  id: string
  status: string
  created_at: string | Date
  currency_code: string
  item_total: number | string
  total: number | string
  items?: Array<{ id: string; quantity: number | string } | null> | null
  fulfillments?: Array<{
    delivered_at?: string | null
    canceled_at?: string | null
    items?: Array<{ line_item_id?: string | null; quantity: number | string } | null> | null
  } | null> | null
  payment_collections?: Array<{ refunded_amount?: number | string | null } | null> | null
}

/** The facts of an order that settle its attribution (`settle` above). */
export function orderFacts(order: OrderRow): OrderFacts {
  const delivered = new Map<string, number>()
  for (const f of order.fulfillments ?? []) {
    if (!f || f.canceled_at || !f.delivered_at) continue
    for (const item of f.items ?? []) {
      if (item?.line_item_id) delivered.set(item.line_item_id, (delivered.get(item.line_item_id) ?? 0) + Number(item.quantity))
    }
  }
  const items = (order.items ?? []).filter((i): i is { id: string; quantity: number } => !!i)
  return {
    status: order.status,
    item_total: Number(order.item_total),
    total: Number(order.total),
    refunded: (order.payment_collections ?? []).reduce((sum, pc) => sum + Number(pc?.refunded_amount ?? 0), 0),
    delivered: items.length > 0 && items.every((i) => (delivered.get(i.id) ?? 0) >= Number(i.quantity)),
  }
}
