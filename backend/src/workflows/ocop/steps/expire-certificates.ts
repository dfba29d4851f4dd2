import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toIsoDate } from "@ocop/core"
import { OCOP_MODULE, type OcopModuleService } from "../../../modules/ocop"
import { dayToTimestamp, todayInVietnam, type NowInput } from "../../lib/dates"
import { expiryReason } from "../certificate-rules"

export type ExpiredCertificate = { id: string; product_id: string | null; decision_date: string; expires_at: string }

/**
 * Marks certificates whose last valid day is before `now`'s day (in Vietnam) as expired, with the
 * reason. Only "valid" and "pending_verification" ones change; revoked ones stay revoked.
 * Compensation puts the previous status and reason back.
 */
export const expireCertificatesStep = createStep(
  "ocop-expire-certificates",
  async (input: { now?: NowInput | null }, { container }) => {
    const today = todayInVietnam(input.now)
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    const due = await service.listOcopCertificates(
      { status: ["valid", "pending_verification"], expires_at: { $lt: dayToTimestamp(today) } },
      { select: ["id", "status", "status_reason", "decision_date", "expires_at"] }
    )
    if (due.length === 0) return new StepResponse({ today, expired: [] as ExpiredCertificate[] }, [])
    const updates = due.map((c) => {
      const decision = toIsoDate(c.decision_date as unknown as Date)
      const expires = toIsoDate(c.expires_at as unknown as Date)
      return { id: c.id, status: "expired" as const, status_reason: expiryReason(decision, expires), decision, expires }
    })
    await service.updateOcopCertificates(updates.map(({ id, status, status_reason }) => ({ id, status, status_reason })))

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: linked } = await query.graph({
      entity: "ocop_certificate",
      fields: ["id", "product.id"],
      filters: { id: updates.map((u) => u.id) },
    })
    const productOf = new Map(
      (linked as Array<{ id: string; product?: { id: string } | null }>).map((c) => [c.id, c.product?.id ?? null])
    )
    const expired: ExpiredCertificate[] = updates.map((u) => ({
      id: u.id,
      product_id: productOf.get(u.id) ?? null,
      decision_date: u.decision,
      expires_at: u.expires,
    }))
    const previous = due.map((c) => ({ id: c.id, status: c.status, status_reason: c.status_reason }))
    return new StepResponse({ today, expired }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    await service.updateOcopCertificates(previous)
  }
)
