import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { optionalKinds } from "../../../notifications/notice-messages"
import { readPreferences } from "../../../notifications/notify"
import { setNoticePreferencesWorkflow } from "../../../workflows/notices/set-notice-preferences"
import type { NoticePreferencesType } from "./validators"

/** { locale, off, optional }: the member's notice language, the kinds turned off and those that may be. */
export async function noticePreferences(container: MedusaContainer, audience: "producer" | "partner", ownerId: string, memberId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let metadata: Record<string, unknown> | null | undefined
  if (audience === "producer") {
    const { data } = await query.graph({ entity: "producer_member", fields: ["id", "metadata"], filters: { id: memberId } })
    metadata = (data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata
  } else {
    const { data } = await query.graph({ entity: "partner", fields: ["id", "metadata"], filters: { id: ownerId } })
    const all = (data[0] as { metadata?: Record<string, any> | null } | undefined)?.metadata?.member_notices ?? {}
    metadata = { notices: all[memberId] }
  }
  return { ...readPreferences(metadata), optional: optionalKinds(audience) }
}

type Who = { owner_id: string; member_id: string }

/** GET and POST of /{producer,partner}/notices/preferences, for the member `who` names (from the route's scope). */
export function noticePreferenceRoutes(audience: "producer" | "partner", who: (req: AuthenticatedMedusaRequest) => Who) {
  return {
    /** → { locale, off, optional }: the member's notice language and e-mails turned off. */
    async GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
      const { owner_id, member_id } = who(req)
      res.json(await noticePreferences(req.scope, audience, owner_id, member_id))
    },
    /** { locale?, off? } → as GET; off may hold only optional kinds (400 otherwise). */
    async POST(req: AuthenticatedMedusaRequest<NoticePreferencesType>, res: MedusaResponse) {
      const { owner_id, member_id } = who(req)
      await setNoticePreferencesWorkflow(req.scope).run({ input: { audience, owner_id, member_id, ...req.validatedBody } })
      res.json(await noticePreferences(req.scope, audience, owner_id, member_id))
    },
  }
}
