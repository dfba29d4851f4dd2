import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { compareDates, toIsoDate } from "@ocop/core"
import { OCOP_MODULE } from "../../../modules/ocop"
import { certificateValues, expiryReason, type CertificateData } from "../../ocop/certificate-rules"
import type { OcopRequestInfo } from "../utils/certificate-requests"
import { ocopService } from "../utils/producer-access"
import type { VerificationPlan } from "./prepare-certificate-verification"

type VerificationUndo = {
  restore: Array<CertificateData & { id: string }>
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
    undo.restore.push({ id: request.id, ...certificateValues(request) })

    if (!plan.approved) {
      await service.updateOcopCertificates({
        id: request.id,
        status: "revoked",
        status_reason: `Không được xác minh / Not verified: ${plan.reason}`,
        metadata: metadata({ rejected_at: stamp, decided_by: plan.verified_by }),
      })
      return new StepResponse({ certificate_id: request.id, product_id: plan.product_id }, undo)
    }

    const expiresOn = toIsoDate(request.expires_at)
    const expired = compareDates(plan.today, expiresOn) > 0
    const verdict = expired
      ? { status: "expired" as const, status_reason: expiryReason(toIsoDate(request.decision_date), expiresOn) }
      : { status: "valid" as const, status_reason: null }

    if (plan.kind === "linked") {
      await service.updateOcopCertificates({ id: request.id, ...verdict, metadata: metadata({ verified_at: stamp, decided_by: plan.verified_by }) })
      return new StepResponse({ certificate_id: request.id, product_id: plan.product_id }, undo)
    }

    // A change: the product's certificate takes the request's values; the request row is retired.
    const values = { ...certificateValues(request), ...verdict, metadata: metadata({ verified_at: stamp, decided_by: plan.verified_by }) }
    let certificateId: string
    if (plan.target) {
      undo.restore.push({ id: plan.target.id, ...certificateValues(plan.target) })
      await service.updateOcopCertificates({ id: plan.target.id, ...values })
      certificateId = plan.target.id
      await service.softDeleteOcopCertificates([request.id])
      undo.restore_deleted.push(request.id)
    } else {
      // The certificate in force went away meanwhile: the request becomes the product's certificate.
      await service.updateOcopCertificates({ id: request.id, ...verdict, metadata: metadata({ verified_at: stamp, decided_by: plan.verified_by }) })
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
    if (undo.restore.length) await service.updateOcopCertificates(undo.restore)
  }
)
