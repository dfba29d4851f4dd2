import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OcopCertificateRecord } from "../../../modules/ocop"
import type { NowInput } from "../../lib/dates"
import { prepareCertificate, type CertificateData, type CertificateInput } from "../certificate-rules"

export type PreparedProductCertificate = {
  product_id: string
  data: CertificateData
  /** The product's certificate before this change, if it had one. */
  existing: OcopCertificateRecord | null
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
    const product = products[0] as { id: string; ocop_certificate?: OcopCertificateRecord | null } | undefined
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
