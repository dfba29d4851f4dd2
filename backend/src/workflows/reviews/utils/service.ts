import { REVIEWS_MODULE, type ReviewsModuleService } from "../../../modules/reviews"

type Container = { resolve: (key: string) => any }

export function reviewsService(container: Container): ReviewsModuleService {
  return container.resolve(REVIEWS_MODULE) as ReviewsModuleService
}
