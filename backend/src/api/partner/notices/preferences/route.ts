import { noticePreferenceRoutes } from "../../../producer/notices/notice-preferences"
import { partnerScope } from "../../lib/scope"

/** GET|POST /partner/notices/preferences { locale?, off? } → { locale, off, optional } of the signed-in member. */
export const { GET, POST } = noticePreferenceRoutes("partner", (req) => {
  const scope = partnerScope(req)
  return { owner_id: scope.partner_id, member_id: scope.member_id }
})
