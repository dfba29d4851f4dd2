import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OcopCertificateRecord } from "../../../modules/ocop"
import { todayInVietnam, type NowInput } from "../../lib/dates"
import { invalid } from "../../lib/errors"
import { prepareCertificate, type CertificateData } from "../../ocop/certificate-rules"
import type { PreparedProductCertificate } from "../../ocop/steps"
import { inForce, openChangeRequests, type CertificateRequestInput, type OcopRequestInfo } from "../utils/certificate-requests"
import { ownProductOrThrow } from "../utils/producer-access"

export type PreparedRequest = {
  kind: "new" | "change"
  product_id: string
  /** For "new": what upsertCertificateStep takes. */
  as_product_certificate: PreparedProductCertificate
  /** For "change": the values, and the open request to replace (if any). */
  change: { data: CertificateData; existing_request: OcopCertificateRecord | null } | null
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
    const current = (product.ocop_certificate ?? null) as OcopCertificateRecord | null
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
