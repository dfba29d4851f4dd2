import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { FieldProblem } from "../../lib/errors"
import { capacityOf, fullDateProblem, isExperienceProduct, remainingPlaces } from "../booking-rules"
import { BOOKED_FLAG, bookedIn, bookedPlaces, bookedPlacesBySlot, experienceSchedules, productsOfVariants } from "../utils/bookings"
import { slotOf } from "../utils/check-cart-booking"
import { checkScheduledChoice, dayPlan, fullSlotProblem, type Schedule } from "../schedule-rules"

// The final capacity check, run once the order exists and before the payment is authorized
// (completeCartWorkflow's `validate` hook belongs to the payments feature; Medusa allows one
// handler per hook). Under a lock per experience and date (every slot of the date), the order's
// bookings are counted with the bookings of orders already marked booked; if they fit, this order
// is marked booked too, else the step throws and the workflow's compensation deletes the order. So two buyers
// completing at once cannot both take the last places.

type OrderLine = { variant_id: string | null; metadata: Record<string, unknown> | null }
type Order = { id: string; metadata: Record<string, unknown> | null; items: OrderLine[] }

/** Without a schedule: the order's party must fit the places left on the date (as before schedules). */
async function dayProblem(container: MedusaContainer, capacity: number, productId: string, date: string, orderId: string) {
  const others = (await bookedPlaces(container, productId, date, date)).get(date) ?? 0
  const withMine = (await bookedPlaces(container, productId, date, date, { includeOrderId: orderId })).get(date) ?? 0
  return fullDateProblem(date, withMine - others, remainingPlaces(capacity, others))
}

/**
 * With a schedule (src/workflows/experiences/schedule-rules.ts), checked again now: the day may
 * have been closed, or its start come inside the notice, since the booking entered the cart;
 * then each slot's party must fit that slot's places left.
 */
async function scheduledProblem(container: MedusaContainer, schedule: Schedule, productId: string, date: string, lines: OrderLine[], orderId: string): Promise<FieldProblem | null> {
  const plan = dayPlan(schedule, date, Date.now())
  const others = await bookedPlacesBySlot(container, productId, date, date)
  const withMine = await bookedPlacesBySlot(container, productId, date, date, { includeOrderId: orderId })
  const slots = new Set(lines.filter((i) => i.metadata?.experience_date === date).map((i) => slotOf(i.metadata)))
  for (const slot of slots) {
    const choice = checkScheduledChoice(plan, schedule, slot)
    if (choice.problems.length) return choice.problems[0]!
    const key = choice.slot ?? ""
    const party = bookedIn(withMine, date, key) - bookedIn(others, date, key)
    const left = remainingPlaces(choice.capacity, bookedIn(others, date, key))
    const problem = choice.slot ? fullSlotProblem(date, choice.slot, party, left) : fullDateProblem(date, party, left)
    if (problem) return problem
  }
  return null
}

// The hook exists at run time but is left out of Medusa's published types.
const hooks = completeCartWorkflow.hooks as unknown as {
  beforePaymentAuthorization: (invoke: (data: { input: { id: string } }, ctx: { container: MedusaContainer }) => Promise<StepResponse<undefined, string | null>>) => void
}

hooks.beforePaymentAuthorization(
  async ({ input }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: input.id } })
    const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
    if (!orderId) return new StepResponse(undefined, null)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "metadata", "items.variant_id", "items.metadata"],
      filters: { id: orderId },
    })
    const order = orders[0] as Order
    const bookingLines = (order.items ?? []).filter((i) => typeof i.metadata?.experience_date === "string" && i.variant_id)
    if (!bookingLines.length) return new StepResponse(undefined, null)

    const products = await productsOfVariants(container, bookingLines.map((l) => l.variant_id!))
    const dates = new Map<string, { productId: string; date: string }>()
    for (const line of bookingLines) {
      const product = products.get(line.variant_id!)
      if (!product || !isExperienceProduct(product)) continue
      const date = line.metadata!.experience_date as string
      dates.set(`experience:${product.id}:${date}`, { productId: product.id, date })
    }
    const keys = [...dates.keys()].sort()
    if (!keys.length) return new StepResponse(undefined, null)
    const schedules = await experienceSchedules(container, [...dates.values()].map((d) => d.productId))
    const linesOf = (productId: string) => bookingLines.filter((l) => products.get(l.variant_id!)?.id === productId)

    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(
      keys,
      async () => {
        for (const { productId, date } of dates.values()) {
          const product = [...products.values()].find((p) => p.id === productId)!
          const schedule = schedules.get(productId)
          const problem = schedule
            ? await scheduledProblem(container, schedule, productId, date, linesOf(productId), order.id)
            : await dayProblem(container, capacityOf(product), productId, date, order.id)
          if (problem) {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${problem.field}: ${problem.message} ("${product.title ?? productId}")`)
          }
        }
        const orderModule = container.resolve(Modules.ORDER)
        await orderModule.updateOrders(order.id, { metadata: { ...(order.metadata ?? {}), [BOOKED_FLAG]: true } })
      },
      { timeout: 20 }
    )
    // No compensation: if a later step fails, the order itself is deleted and counts no more.
    return new StepResponse(undefined, order.id)
  }
)
