import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"

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
