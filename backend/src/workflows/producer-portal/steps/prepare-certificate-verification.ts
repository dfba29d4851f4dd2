import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { todayInVietnam, type NowInput } from "../../lib/dates"
import { invalid } from "../../lib/errors"
import type { OcopCertificateRecord } from "../../../modules/ocop"
import type { OcopRequestInfo } from "../utils/certificate-requests"

export type VerifyCertificateInput = {
  id: string
  /** Default true. false rejects the request; `reason` is then required. */
  approved?: boolean
  reason?: string | null
  /** The admin user who decided. */
  verified_by?: string | null
  now?: NowInput
}

export type VerificationPlan = {
  certificate_id: string
  product_id: string | null
  /** "linked": the product's own certificate; "change": a separate request for a product. */
  kind: "linked" | "change"
  approved: boolean
  reason: string | null
  verified_by: string | null
  today: string
  request: OcopCertificateRecord
  /** For an approved change: the product's certificate in force now (null: none any more). */
  target: OcopCertificateRecord | null
}

export const prepareCertificateVerificationStep = createStep(
  "ocop-prepare-certificate-verification",
  async (input: VerifyCertificateInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "ocop_certificate",
      fields: ["*", "product.id"],
      filters: { id: input.id },
    })
    // query.graph's generated type leaves out the raw_* columns of numbers that InferTypeOf has.
    const cert = data[0] as unknown as (OcopCertificateRecord & { product?: { id: string } | null }) | undefined
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
    let target: OcopCertificateRecord | null = null
    if (!linkedProduct && productId && approved) {
      const { data: products } = await query.graph({ entity: "product", fields: ["id", "ocop_certificate.*"], filters: { id: productId } })
      const product = products[0] as { id: string; ocop_certificate?: OcopCertificateRecord | null } | undefined
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
      request: stored as OcopCertificateRecord,
      target,
    })
  }
)
