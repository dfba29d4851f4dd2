import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { monthInVietnam, monthsBefore, monthsBetween, monthStart, nextMonth } from "@ocop/core"
import { service } from "./views"

export type MonthFigures = { clicks: number; orders: number; revenue: number; commission: number; commission_earned: number; commission_pending: number }

const zero = (): MonthFigures => ({ clicks: 0, orders: 0, revenue: 0, commission: 0, commission_earned: 0, commission_pending: 0 })

function add(into: MonthFigures, from: Partial<MonthFigures>) {
  for (const k of Object.keys(into) as Array<keyof MonthFigures>) into[k] += from[k] ?? 0
}

/** The months asked for: default the last 12 in Vietnam time; at most 120. */
export function askedMonths(from?: string, to?: string): { from: string; to: string; months: string[] } | { error: string } {
  const end = to ?? monthInVietnam(new Date())
  const start = from ?? monthsBefore(end, 11)
  if (start > end) return { error: `from: ${start} is after to (${end})` }
  const months = monthsBetween(start, end)
  if (months.length > 120) return { error: "from: at most 120 months at a time" }
  return { from: start, to: end, months }
}

/**
 * Clicks, orders, revenue and commission per partner and month (Vietnam time). Void orders
 * (canceled or refunded in full) count for nothing; `commission` is earned + pending.
 */
export async function figuresByMonth(scope: MedusaContainer, partnerIds: string[] | null, months: string[]) {
  const from = monthStart(months[0]!)
  const to = monthStart(nextMonth(months[months.length - 1]!))
  const partners = service(scope)
  const ids = partnerIds ?? (await partners.listPartners({}, { select: ["id"], take: 100_000 })).map((p) => p.id)
  const figures = new Map<string, Map<string, MonthFigures>>()
  const cell = (partnerId: string, month: string) => {
    let byMonth = figures.get(partnerId)
    if (!byMonth) figures.set(partnerId, (byMonth = new Map()))
    let f = byMonth.get(month)
    if (!f) byMonth.set(month, (f = zero()))
    return f
  }
  for (const row of await partners.countVisitsByMonth(ids, from, to)) cell(row.partner_id, row.month).clicks += row.clicks
  if (ids.length) {
    const attributions = await partners.listPartnerAttributions(
      { partner_id: ids, placed_at: { $gte: from, $lt: to }, status: ["pending", "earned"] },
      { select: ["partner_id", "placed_at", "status", "amount", "commission"], take: 1_000_000 }
    )
    for (const a of attributions) {
      const commission = Number(a.commission)
      add(cell(a.partner_id as string, monthInVietnam(new Date(a.placed_at as unknown as string))), {
        orders: 1,
        revenue: Number(a.amount),
        commission,
        commission_earned: a.status === "earned" ? commission : 0,
        commission_pending: a.status === "pending" ? commission : 0,
      })
    }
  }
  return figures
}

/** GET /partner/stats for one partner. */
export async function partnerStats(scope: MedusaContainer, partnerId: string, months: string[]) {
  const byMonth = (await figuresByMonth(scope, [partnerId], months)).get(partnerId) ?? new Map<string, MonthFigures>()
  const totals = zero()
  const rows = months.map((month) => {
    const f = byMonth.get(month) ?? zero()
    add(totals, f)
    return { month, ...f }
  })
  return { currency_code: "vnd", months: rows, totals }
}

/** GET /partner/orders: the partner's attributed orders, newest first; nothing about the customer. */
export async function partnerOrders(scope: MedusaContainer, partnerId: string, limit: number, offset: number) {
  const [attributions, count] = await service(scope).listAndCountPartnerAttributions(
    { partner_id: partnerId, order_id: { $ne: null } },
    { select: ["order_id", "status", "commission", "commission_rate", "amount", "placed_at"], order: { placed_at: "DESC" }, skip: offset, take: limit }
  )
  const orderIds = attributions.map((a) => a.order_id as string)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "created_at", "status", "total", "item_total", "currency_code"], filters: { id: orderIds } })
    : { data: [] }
  const orders = new Map((data as Array<Record<string, any>>).map((o) => [o.id, o]))
  return {
    orders: attributions.map((a) => {
      const o = orders.get(a.order_id as string) ?? {}
      return {
        id: a.order_id,
        display_id: o.display_id ?? null,
        created_at: o.created_at ?? a.placed_at,
        status: o.status ?? null,
        total: o.total === undefined ? null : Number(o.total),
        item_total: o.item_total === undefined ? null : Number(o.item_total),
        currency_code: o.currency_code ?? "vnd",
        commission: Number(a.commission),
        commission_rate: a.commission_rate,
        commission_status: a.status,
      }
    }),
    count,
    limit,
    offset,
  }
}
