import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type OcopModuleService } from "../../../modules/ocop"
import { certificateValues, type CertificateData } from "../certificate-rules"
import type { PreparedProductCertificate } from "./prepare-product-certificate"

type UpsertCompensation =
  | { created: string }
  | { restore: CertificateData & { id: string } }
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
      const previous = { id: prepared.existing.id, ...certificateValues(prepared.existing) }
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
      await service.updateOcopCertificates(compensation.restore)
    }
  }
)
