import { noticePreferenceRoutes } from "../notice-preferences"
import { producerScope } from "../../lib/scope"

/** GET|POST /producer/notices/preferences { locale?, off? } → { locale, off, optional } of the signed-in member. */
export const { GET, POST } = noticePreferenceRoutes("producer", (req) => {
  const scope = producerScope(req)
  return { owner_id: scope.producer_id, member_id: scope.member_id }
})
