import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { ExperienceSchedule } from "./models/experience-schedule"

export type ExperienceScheduleRecord = InferTypeOf<typeof ExperienceSchedule>

class ExperiencesModuleService extends MedusaService({ ExperienceSchedule }) {}

export default ExperiencesModuleService
