import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OcopCertificateRecord } from "../../../modules/ocop"
import { certificateValues, type CertificateData } from "../../ocop/certificate-rules"
import { ocopService } from "../utils/producer-access"
import type { PreparedRequest } from "./prepare-certificate-request"

type ChangeUndo = { restore: CertificateData & { id: string } } | { created: string } | null

/** Stores a "change" request as its own unlinked row (replacing an open one); compensation undoes it. */
export const storeChangeRequestStep = createStep(
  "producer-portal-store-change-request",
  async (change: PreparedRequest["change"], { container }) => {
    if (!change) return new StepResponse<OcopCertificateRecord | null, ChangeUndo>(null, null)
    const service = ocopService(container)
    if (change.existing_request) {
      const previous = { id: change.existing_request.id, ...certificateValues(change.existing_request) }
      const updated = await service.updateOcopCertificates({ id: change.existing_request.id, ...change.data })
      return new StepResponse<OcopCertificateRecord | null, ChangeUndo>(updated, { restore: previous })
    }
    const created = await service.createOcopCertificates(change.data)
    return new StepResponse<OcopCertificateRecord | null, ChangeUndo>(created, { created: created.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = ocopService(container)
    if ("created" in undo) await service.deleteOcopCertificates(undo.created as string)
    else await service.updateOcopCertificates(undo.restore)
  }
)
