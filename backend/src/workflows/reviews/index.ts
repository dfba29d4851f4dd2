// Buyers' reviews (issue #18): writing one for a delivered line, the producer's reply, reports and
// the admin's moderation. Reads go through query.graph and the module's summaries in the routes.
export { createReviewWorkflow } from "./create-review"
export type { CreateReviewInput } from "./create-review"
export { replyToReviewWorkflow } from "./reply-to-review"
export { reportReviewWorkflow } from "./report-review"
export { setReviewStatusWorkflow } from "./set-review-status"
