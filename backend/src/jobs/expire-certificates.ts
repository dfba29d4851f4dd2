import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCertificatesWorkflow } from "../workflows/ocop/expire-certificates"

/**
 * Daily: certificates whose 36 months are over stop being shown as OCOP-certified.
 * The workflow judges "today" in Vietnam (UTC+7) from the time passed in, so the hour the job
 * runs only decides how soon after midnight it happens.
 */
export default async function expireOcopCertificates(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await expireCertificatesWorkflow(container).run({ input: { now: new Date().toISOString() } })
  if (result.expired.length > 0) {
    logger.info(
      `OCOP: ${result.expired.length} certificate(s) expired on ${result.today}; products ${result.product_ids.join(", ")}`
    )
  }
}

export const config = {
  name: "expire-ocop-certificates",
  // 17:05 UTC = 00:05 in Vietnam (servers run on UTC).
  schedule: "5 17 * * *",
}
