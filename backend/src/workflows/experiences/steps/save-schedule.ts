import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCES_MODULE, type ExperienceScheduleRecord, type ExperiencesModuleService } from "../../../modules/experiences"
import type { Schedule } from "../schedule-rules"

type Saved = { product_id: string; schedule: Schedule | null }
type Before = { product_id: string; previous: ExperienceScheduleRecord | null; created_id: string | null }

const row = (s: Schedule) => ({
  daily_capacity: s.daily_capacity,
  min_notice_hours: s.min_notice_hours,
  closed_weekdays: s.closed_weekdays,
  closed_dates: s.closed_dates,
  date_capacities: s.date_capacities,
  slots: s.slots,
}) as unknown as Partial<ExperienceScheduleRecord>

/** Writes (or, for null, soft-deletes) the product's one schedule; compensation puts the previous back. */
export const saveExperienceScheduleStep = createStep(
  "experiences-save-schedule",
  async (input: Saved, { container }) => {
    const service = container.resolve(EXPERIENCES_MODULE) as ExperiencesModuleService
    const [previous] = await service.listExperienceSchedules({ product_id: input.product_id })
    const before: Before = { product_id: input.product_id, previous: previous ?? null, created_id: null }
    if (!input.schedule) {
      if (previous) await service.softDeleteExperienceSchedules([previous.id])
    } else if (previous) {
      await service.updateExperienceSchedules({ id: previous.id, ...row(input.schedule) })
    } else {
      const created = await service.createExperienceSchedules({ product_id: input.product_id, ...row(input.schedule) })
      before.created_id = (created as unknown as { id: string }).id
    }
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service = container.resolve(EXPERIENCES_MODULE) as ExperiencesModuleService
    if (before.created_id) await service.deleteExperienceSchedules([before.created_id])
    else if (before.previous) {
      await service.restoreExperienceSchedules([before.previous.id])
      const { id, daily_capacity, min_notice_hours, closed_weekdays, closed_dates, date_capacities, slots } = before.previous
      await service.updateExperienceSchedules({ id, daily_capacity, min_notice_hours, closed_weekdays, closed_dates, date_capacities, slots })
    }
  }
)
