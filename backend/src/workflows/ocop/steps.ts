import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type OcopModuleService } from "../../modules/ocop"
import { todayInVietnam, dayToTimestamp, type NowInput } from "../lib/dates"
import { prepareCertificate, expiryReason, type CertificateData, type CertificateInput } from "./certificate-rules"
import { toIsoDate } from "@ocop/core"

type StoredCertificate = CertificateData & { id: string }

export type PreparedProductCertificate = {
  product_id: string
  data: CertificateData
  /** The product's certificate before this change, if it had one. */
  existing: StoredCertificate | null
} | null

/**
 * Checks the product exists and the certificate follows the rules; finds the product's current
 * certificate. Writes nothing. Input null (nothing to do) gives null.
 */
export const prepareProductCertificateStep = createStep(
  "ocop-prepare-product-certificate",
  async (
    input: { product_id: string; certificate: CertificateInput; now?: NowInput | null } | null,
    { container }
  ) => {
    if (!input) return new StepResponse<PreparedProductCertificate>(null)
    const data = prepareCertificate(input.certificate, input.now)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "ocop_certificate.*"],
      filters: { id: input.product_id },
    })
    const product = products[0] as { id: string; ocop_certificate?: StoredCertificate | null } | undefined
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `product_id: no product with id ${input.product_id}`)
    }
    return new StepResponse<PreparedProductCertificate>({
      product_id: product.id,
      data,
      existing: product.ocop_certificate ?? null,
    })
  }
)

const RESTORABLE_FIELDS: (keyof CertificateData)[] = [
  "stars", "score", "score_a", "score_b", "score_c", "group", "sub_group", "decision_number",
  "decision_date", "issuing_level", "issuing_authority", "expires_at", "status", "status_reason",
  "sample_data", "commune_code", "historic_locality", "metadata",
]

type UpsertCompensation =
  | { created: string }
  | { restore: Record<string, unknown> & { id: string } }
  | null

/**
 * Creates the product's certificate, or replaces the values of the one it has (same id, so the
 * link stays). Compensation deletes what it created or puts the previous values back.
 */
export const upsertCertificateStep = createStep(
  "ocop-upsert-certificate",
  async (prepared: PreparedProductCertificate, { container }) => {
    if (!prepared) return new StepResponse(null, null as UpsertCompensation)
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    if (prepared.existing) {
      const previous: Record<string, unknown> & { id: string } = { id: prepared.existing.id }
      for (const key of RESTORABLE_FIELDS) previous[key] = prepared.existing[key]
      const certificate = await service.updateOcopCertificates({ id: prepared.existing.id, ...prepared.data })
      return new StepResponse({ certificate, created: false }, { restore: previous } as UpsertCompensation)
    }
    const certificate = await service.createOcopCertificates(prepared.data)
    return new StepResponse({ certificate, created: true }, { created: certificate.id } as UpsertCompensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    if ("created" in compensation) {
      await service.deleteOcopCertificates(compensation.created)
    } else {
      await service.updateOcopCertificates(compensation.restore as never)
    }
  }
)

/** Links a newly created certificate to its product; compensation removes the link. */
export const linkCertificateToProductStep = createStep(
  "ocop-link-certificate-to-product",
  async (input: { product_id: string; certificate_id: string; created: boolean } | null, { container }) => {
    if (!input || !input.created) return new StepResponse(null, null)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const definition = {
      [Modules.PRODUCT]: { product_id: input.product_id },
      [OCOP_MODULE]: { ocop_certificate_id: input.certificate_id },
    }
    await link.create(definition)
    return new StepResponse(definition, definition)
  },
  async (definition, { container }) => {
    if (!definition) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(definition)
  }
)

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
    await service.updateOcopCertificates(previous as never)
  }
)
