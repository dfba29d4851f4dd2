import { Module } from "@medusajs/framework/utils"
import ReviewsModuleService from "./service"

export const REVIEWS_MODULE = "reviews"

export default Module(REVIEWS_MODULE, { service: ReviewsModuleService })

export { ReviewsModuleService }
export type { ReviewRecord, ReviewReplyRecord, ReviewReportRecord } from "./service"
export { REVIEW_STATUSES } from "./models/review"
