import { Module } from "@medusajs/framework/utils"
import ExperiencesModuleService from "./service"

export const EXPERIENCES_MODULE = "experiences"

// Experiences' booking calendars (issue #19): capacity per date, days off, time slots, notice.
// Joined to products by a read-only link on product_id (src/links/experience-schedule-product.ts).
export default Module(EXPERIENCES_MODULE, { service: ExperiencesModuleService })

export { ExperiencesModuleService }
export type { ExperienceScheduleRecord } from "./service"
