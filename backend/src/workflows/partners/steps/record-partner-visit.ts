import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { activePartnerByCode } from "../utils/attribution"
import { partnerService } from "../utils/partner-service"

/** Records a click through a partner's link; an unknown or inactive code records nothing (visit_id null). */
type RecordedVisit = { recorded: boolean; visit_id: string | null }
export const recordVisitStep = createStep("partner-record-visit-step", async (input: { code: string; path: string }, { container }) => {
  const partner = await activePartnerByCode(container, input.code)
  if (!partner) return new StepResponse<RecordedVisit, string | null>({ recorded: false, visit_id: null }, null)
  const visit = await partnerService(container).createPartnerVisits({ partner_id: partner.id, path: input.path, at: new Date() })
  return new StepResponse<RecordedVisit, string | null>({ recorded: true, visit_id: visit.id }, visit.id)
}, async (id, { container }) => {
  if (id) await partnerService(container).deletePartnerVisits([id])
})
