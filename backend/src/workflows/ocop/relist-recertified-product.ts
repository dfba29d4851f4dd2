import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { isCertificateInForce, type CertificateRecord } from "../../api/lib/ocop"
import { todayInVietnam } from "../lib/dates"
import { relistProductStep } from "./catalog-listing"

/** Whether the product's certificate lets it be presented as OCOP-certified today. */
const certificateInForceStep = createStep(
  "ocop-product-certificate-in-force",
  async (input: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "ocop_certificate.status", "ocop_certificate.decision_date", "ocop_certificate.expires_at"],
      filters: { id: input.product_id },
    })
    const certificate = (data[0] as { ocop_certificate?: CertificateRecord | null } | undefined)?.ocop_certificate
    return new StepResponse(isCertificateInForce(certificate, todayInVietnam()))
  }
)

/**
 * After a certificate is created, replaced or verified: a product the expiry job took out of the
 * storefront's catalog goes back into its sales channels once its certificate is in force again.
 * Answers `{ relisted, sales_channel_ids }`.
 */
export const relistRecertifiedProductWorkflow = createWorkflow(
  "ocop-relist-recertified-product",
  (input: { product_id: string }) => {
    const inForce = certificateInForceStep(input)
    const relisted = when({ inForce }, ({ inForce }) => inForce).then(() => relistProductStep(input))
    return new WorkflowResponse(
      transform({ relisted }, ({ relisted }) => relisted ?? { relisted: false, sales_channel_ids: [] as string[] })
    )
  }
)
