import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { compareDates, toIsoDate } from "@ocop/core"
import { OCOP_MODULE } from "../../modules/ocop"
import { todayInVietnam, type NowInput } from "../lib/dates"
import { invalid } from "../lib/errors"
import { expiryReason, prepareCertificate, type CertificateData, type CertificateInput } from "../ocop/certificate-rules"
import { linkCertificateToProductStep, upsertCertificateStep, type PreparedProductCertificate } from "../ocop/steps"
import { OCOP_CERTIFICATE_UPSERTED } from "../ocop/upsert-product-certificate"

/** A producer asked for a certificate to be verified: { certificate_id, product_id } (the admin is told). */
export const OCOP_CERTIFICATE_REQUESTED = "ocop.certificate.requested"
/** The admin verified or refused one: { certificate_id, product_id, approved, reason } (the producer is told). */
export const OCOP_CERTIFICATE_DECIDED = "ocop.certificate.decided"
import { syncProductsOnSaleWorkflow } from "../ocop/sync-products-on-sale"
import { ocopService, ownProductOrThrow } from "./utils/producer-access"

// A producer's certificate request is an ocop_certificate with status "pending_verification":
// - "new": the product has no certificate in force (none, expired, revoked or still pending): the
//   request becomes the product's certificate (same row when there was one), which shoppers do not
//   see until the admin verifies it;
// - "change": the product has a certificate in force (e.g. a new star rating): the request is a
//   separate, unlinked row (metadata.ocop_request.product_id names the product) and the certificate
//   in force stays on show until the admin verifies the request, which then replaces its values.

export type CertificateRequestInput = Omit<CertificateInput, "status" | "status_reason" | "sample_data">

export type OcopRequestInfo = {
  kind: "new" | "change"
  product_id: string
  producer_id: string
  requested_by_member_id: string | null
  requested_at: string
  /** The certificate in force a "change" would replace. */
  replaces_certificate_id: string | null
  previous_stars: number | null
  verified_at?: string
  rejected_at?: string
  /** The admin user who decided. */
  decided_by?: string | null
}

type StoredCertificate = CertificateData & { id: string }

const RESTORABLE: (keyof CertificateData)[] = [
  "stars", "score", "score_a", "score_b", "score_c", "group", "sub_group", "decision_number",
  "decision_date", "issuing_level", "issuing_authority", "expires_at", "status", "status_reason",
  "sample_data", "commune_code", "historic_locality", "metadata",
]

function pick(cert: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of RESTORABLE) out[k] = cert[k]
  return out
}

function inForce(cert: { status: string; expires_at: unknown } | null | undefined, today: string): boolean {
  if (!cert || cert.status !== "valid") return false
  return compareDates(toIsoDate(cert.expires_at as string | Date), today) >= 0
}

/** Open (pending) change requests for a product. */
export async function openChangeRequests(container: { resolve: (k: string) => any }, productId: string) {
  return ocopService(container).listOcopCertificates(
    { status: "pending_verification", metadata: { ocop_request: { product_id: productId, kind: "change" } } } as never,
    {}
  ) as unknown as Promise<StoredCertificate[]>
}

type PreparedRequest = {
  kind: "new" | "change"
  product_id: string
  /** For "new": what upsertCertificateStep takes. */
  as_product_certificate: PreparedProductCertificate
  /** For "change": the values, and the open request to replace (if any). */
  change: { data: CertificateData; existing_request: StoredCertificate | null } | null
}

export const prepareCertificateRequestStep = createStep(
  "producer-portal-prepare-certificate-request",
  async (
    input: { producer_id: string; product_id: string; member_id?: string | null; certificate: CertificateRequestInput; now?: NowInput },
    { container }
  ) => {
    const product = await ownProductOrThrow(container, input.producer_id, input.product_id, ["ocop_certificate.*"])
    const today = todayInVietnam(input.now)
    const data = prepareCertificate({ ...input.certificate, status: "pending_verification", sample_data: false }, input.now)
    if (data.status === "expired") {
      invalid("decision_date", "this decision is more than 36 months old: it no longer certifies the product; ask for a new rating")
    }
    const current = (product.ocop_certificate ?? null) as StoredCertificate | null
    const kind: "new" | "change" = inForce(current, today) ? "change" : "new"
    const request: OcopRequestInfo = {
      kind,
      product_id: product.id,
      producer_id: input.producer_id,
      requested_by_member_id: input.member_id ?? null,
      requested_at: new Date().toISOString(),
      replaces_certificate_id: kind === "change" ? current!.id : null,
      previous_stars: current?.stars ?? null,
    }
    data.metadata = { ...(input.certificate.metadata ?? {}), ocop_request: request }
    if (kind === "new") {
      return new StepResponse<PreparedRequest>({
        kind,
        product_id: product.id,
        as_product_certificate: { product_id: product.id, data, existing: current },
        change: null,
      })
    }
    const [open] = await openChangeRequests(container, product.id)
    return new StepResponse<PreparedRequest>({
      kind,
      product_id: product.id,
      as_product_certificate: null,
      change: { data, existing_request: open ?? null },
    })
  }
)

type ChangeUndo = { restore: Record<string, unknown> & { id: string } } | { created: string } | null

/** Stores a "change" request as its own unlinked row (replacing an open one); compensation undoes it. */
export const storeChangeRequestStep = createStep(
  "producer-portal-store-change-request",
  async (change: PreparedRequest["change"], { container }) => {
    if (!change) return new StepResponse<StoredCertificate | null, ChangeUndo>(null, null)
    const service = ocopService(container)
    if (change.existing_request) {
      const previous = { id: change.existing_request.id, ...pick(change.existing_request as never) }
      const updated = await service.updateOcopCertificates({ id: change.existing_request.id, ...change.data } as never)
      return new StepResponse<StoredCertificate | null, ChangeUndo>(updated as unknown as StoredCertificate, { restore: previous })
    }
    const created = await service.createOcopCertificates(change.data as never)
    return new StepResponse<StoredCertificate | null, ChangeUndo>(created as unknown as StoredCertificate, { created: (created as { id: string }).id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = ocopService(container)
    if ("created" in undo) await service.deleteOcopCertificates(undo.created as string)
    else await service.updateOcopCertificates(undo.restore as never)
  }
)

export type RequestCertificateInput = {
  producer_id: string
  product_id: string
  member_id?: string | null
  certificate: CertificateRequestInput
  now?: NowInput
}

/**
 * A producer asks for a new certificate or a star change on one of its own products (404 for
 * any other). Checked with the same rules as the admin's certificates; stored as
 * "pending_verification" (see above). Returns { kind, certificate }. Emits
 * `ocop_certificate.upserted` when the product's own certificate changed.
 */
export const requestCertificateWorkflow = createWorkflow("producer-portal-request-certificate", (input: RequestCertificateInput) => {
  const prepared = prepareCertificateRequestStep(input)
  const upserted = upsertCertificateStep(transform({ prepared }, ({ prepared }) => prepared.as_product_certificate))
  linkCertificateToProductStep(
    transform({ prepared, upserted }, ({ prepared, upserted }) =>
      prepared.kind === "new" && upserted
        ? { product_id: prepared.product_id, certificate_id: upserted.certificate.id, created: upserted.created }
        : null
    )
  )
  const change = storeChangeRequestStep(transform({ prepared }, ({ prepared }) => prepared.change))
  // A "new" request makes the product's certificate one awaiting verification: not on sale yet.
  syncProductsOnSaleWorkflow.runAsStep({
    input: transform({ prepared, change, input }, ({ prepared, input }) => ({ product_ids: [prepared.product_id], now: input.now })),
  }).config({ name: "sync-requested-product-on-sale" })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_UPSERTED,
    data: transform({ prepared, upserted }, ({ prepared, upserted }) =>
      upserted ? [{ id: upserted.certificate.id, product_id: prepared.product_id }] : []
    ),
  })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_REQUESTED,
    data: transform({ prepared, upserted, change }, ({ prepared, upserted, change }) => ({
      certificate_id: upserted?.certificate.id ?? (change as { id?: string } | null)?.id ?? null,
      product_id: prepared.product_id,
    })),
  }).config({ name: "emit-certificate-requested" })
  return new WorkflowResponse(
    transform({ prepared, upserted, change }, ({ prepared, upserted, change }) => ({
      kind: prepared.kind,
      product_id: prepared.product_id,
      certificate: (upserted?.certificate ?? change) as unknown as StoredCertificate,
    }))
  )
})

// ---------------------------------------------------------------------------------------------
// Admin verification

export type VerifyCertificateInput = {
  id: string
  /** Default true. false rejects the request; `reason` is then required. */
  approved?: boolean
  reason?: string | null
  /** The admin user who decided. */
  verified_by?: string | null
  now?: NowInput
}

type VerificationPlan = {
  certificate_id: string
  product_id: string | null
  /** "linked": the product's own certificate; "change": a separate request for a product. */
  kind: "linked" | "change"
  approved: boolean
  reason: string | null
  verified_by: string | null
  today: string
  request: StoredCertificate
  /** For an approved change: the product's certificate in force now (null: none any more). */
  target: StoredCertificate | null
}

export const prepareCertificateVerificationStep = createStep(
  "ocop-prepare-certificate-verification",
  async (input: VerifyCertificateInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "ocop_certificate",
      fields: ["*", "product.id"],
      filters: { id: input.id },
    } as never)
    const cert = data[0] as (StoredCertificate & { product?: { id: string } | null }) | undefined
    if (!cert) throw new MedusaError(MedusaError.Types.NOT_FOUND, `certificate ${input.id} was not found`)
    if (cert.status !== "pending_verification") {
      invalid("status", `certificate ${cert.id} is not awaiting verification (it is ${cert.status})`)
    }
    const approved = input.approved ?? true
    const reason = (input.reason ?? "").trim() || null
    if (!approved && !reason) invalid("reason", "say why the request is rejected; the producer sees it")
    const request = (cert.metadata as { ocop_request?: OcopRequestInfo } | null)?.ocop_request
    const linkedProduct = cert.product?.id ?? null
    const productId = linkedProduct ?? request?.product_id ?? null
    let target: StoredCertificate | null = null
    if (!linkedProduct && productId && approved) {
      const { data: products } = await query.graph({ entity: "product", fields: ["id", "ocop_certificate.*"], filters: { id: productId } })
      const product = products[0] as { id: string; ocop_certificate?: StoredCertificate | null } | undefined
      if (!product) invalid("product", `the product ${productId} of this request no longer exists`)
      target = product.ocop_certificate ?? null
    }
    const { product: _p, ...stored } = cert
    return new StepResponse<VerificationPlan>({
      certificate_id: cert.id,
      product_id: productId,
      kind: linkedProduct || !productId ? "linked" : "change",
      approved,
      reason,
      verified_by: input.verified_by ?? null,
      today: todayInVietnam(input.now),
      request: stored as StoredCertificate,
      target,
    })
  }
)

type VerificationUndo = {
  restore: Array<Record<string, unknown> & { id: string }>
  restore_deleted: string[]
  dismiss_link: { product_id: string; certificate_id: string } | null
}

/**
 * Applies the admin's decision. Approved: the status becomes "valid" (or "expired" when its 36
 * months are already over); for a "change", the product's certificate takes the request's values
 * and the request row is soft-deleted (kept for history). Rejected: the request becomes "revoked"
 * with the reason. Compensation puts everything back.
 */
export const applyCertificateVerificationStep = createStep(
  "ocop-apply-certificate-verification",
  async (plan: VerificationPlan, { container }) => {
    const service = ocopService(container)
    const undo: VerificationUndo = { restore: [], restore_deleted: [], dismiss_link: null }
    const request = plan.request
    const info = ((request.metadata ?? {}) as { ocop_request?: OcopRequestInfo }).ocop_request
    const stamp = new Date().toISOString()
    const metadata = (extra: Partial<OcopRequestInfo>) =>
      info ? { ...(request.metadata ?? {}), ocop_request: { ...info, ...extra } } : request.metadata ?? null
    undo.restore.push({ id: request.id, ...pick(request as never) })

    if (!plan.approved) {
      await service.updateOcopCertificates({
        id: request.id,
        status: "revoked",
        status_reason: `Không được xác minh / Not verified: ${plan.reason}`,
        metadata: metadata({ rejected_at: stamp, decided_by: plan.verified_by }),
      } as never)
      return new StepResponse({ certificate_id: request.id, product_id: plan.product_id }, undo)
    }

    const expiresOn = toIsoDate(request.expires_at as unknown as Date)
    const expired = compareDates(plan.today, expiresOn) > 0
    const verdict = expired
      ? { status: "expired", status_reason: expiryReason(toIsoDate(request.decision_date as unknown as Date), expiresOn) }
      : { status: "valid", status_reason: null }

    if (plan.kind === "linked") {
      await service.updateOcopCertificates({ id: request.id, ...verdict, metadata: metadata({ verified_at: stamp, decided_by: plan.verified_by }) } as never)
      return new StepResponse({ certificate_id: request.id, product_id: plan.product_id }, undo)
    }

    // A change: the product's certificate takes the request's values; the request row is retired.
    const values = { ...pick(request as never), ...verdict, metadata: metadata({ verified_at: stamp, decided_by: plan.verified_by }) }
    let certificateId: string
    if (plan.target) {
      undo.restore.push({ id: plan.target.id, ...pick(plan.target as never) })
      await service.updateOcopCertificates({ id: plan.target.id, ...values } as never)
      certificateId = plan.target.id
      await service.softDeleteOcopCertificates([request.id])
      undo.restore_deleted.push(request.id)
    } else {
      // The certificate in force went away meanwhile: the request becomes the product's certificate.
      await service.updateOcopCertificates({ id: request.id, ...verdict, metadata: metadata({ verified_at: stamp, decided_by: plan.verified_by }) } as never)
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.PRODUCT]: { product_id: plan.product_id },
        [OCOP_MODULE]: { ocop_certificate_id: request.id },
      })
      undo.dismiss_link = { product_id: plan.product_id!, certificate_id: request.id }
      certificateId = request.id
    }
    return new StepResponse({ certificate_id: certificateId, product_id: plan.product_id }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = ocopService(container)
    if (undo.dismiss_link) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.PRODUCT]: { product_id: undo.dismiss_link.product_id },
        [OCOP_MODULE]: { ocop_certificate_id: undo.dismiss_link.certificate_id },
      })
    }
    if (undo.restore_deleted.length) await service.restoreOcopCertificates(undo.restore_deleted)
    if (undo.restore.length) await service.updateOcopCertificates(undo.restore as never)
  }
)

/**
 * The admin verifies (or rejects, with a reason) a certificate awaiting verification — a
 * producer's request or a certificate the admin stored as pending. Only then do shoppers see it.
 * Returns { certificate_id, product_id }. Emits `ocop_certificate.upserted`.
 */
export const verifyCertificateWorkflow = createWorkflow("ocop-verify-certificate", (input: VerifyCertificateInput) => {
  const plan = prepareCertificateVerificationStep(input)
  const outcome = applyCertificateVerificationStep(plan)
  // Verified: on sale from now on; rejected: stays off.
  syncProductsOnSaleWorkflow.runAsStep({
    input: transform({ input, outcome }, ({ input, outcome }) => ({ product_ids: outcome.product_id ? [outcome.product_id] : [], now: input.now })),
  }).config({ name: "sync-verified-product-on-sale" })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_UPSERTED,
    data: transform({ outcome }, ({ outcome }) => (outcome.product_id ? [{ id: outcome.certificate_id, product_id: outcome.product_id }] : [])),
  })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_DECIDED,
    data: transform({ input, outcome }, ({ input, outcome }) => ({
      certificate_id: outcome.certificate_id,
      product_id: outcome.product_id,
      approved: input.approved !== false,
      reason: input.reason ?? null,
    })),
  }).config({ name: "emit-certificate-decided" })
  return new WorkflowResponse(outcome)
})
