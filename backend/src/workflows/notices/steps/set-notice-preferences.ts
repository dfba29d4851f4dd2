import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../../modules/producer"
import { optionalKinds } from "../../../notifications/notice-messages"
import { readPreferences, type NoticePreferences } from "../../../notifications/notify"

export type SetNoticePreferencesInput = {
  audience: "producer" | "partner"
  /** The partner (for partner members, whose settings live in the partner's metadata). */
  owner_id: string
  member_id: string
  locale?: "vi" | "en"
  /** Optional kinds the member does not want by e-mail; any other kind is refused. */
  off?: string[]
}

type Undo = { audience: "producer" | "partner"; id: string; metadata: Record<string, unknown> | null }

/** Stores one member's notice language and the optional kinds turned off. */
export const setNoticePreferencesStep = createStep(
  "notices-set-preferences",
  async (input: SetNoticePreferencesInput, { container }) => {
    const allowed = optionalKinds(input.audience)
    const wrong = (input.off ?? []).filter((k) => !(allowed as readonly string[]).includes(k))
    if (wrong.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `These notices cannot be turned off: ${wrong.join(", ")}. Optional ones: ${allowed.join(", ")}`)
    }
    if (input.audience === "producer") {
      const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
      const member = await producers.retrieveProducerMember(input.member_id)
      const current = readPreferences(member.metadata)
      const next: NoticePreferences = { locale: input.locale ?? current.locale, off: input.off ?? current.off }
      await producers.updateProducerMembers({ id: member.id, metadata: { ...member.metadata, notices: next } })
      return new StepResponse(next, { audience: "producer", id: member.id, metadata: member.metadata ?? null } as Undo)
    }
    const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
    const partner = await partners.retrievePartner(input.owner_id)
    const all = ((partner.metadata?.member_notices ?? {}) as Record<string, unknown>)
    const current = readPreferences({ notices: all[input.member_id] })
    const next: NoticePreferences = { locale: input.locale ?? current.locale, off: input.off ?? current.off }
    await partners.updatePartners({ id: partner.id, metadata: { ...partner.metadata, member_notices: { ...all, [input.member_id]: next } } })
    return new StepResponse(next, { audience: "partner", id: partner.id, metadata: partner.metadata ?? null } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.audience === "producer") {
      await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerMembers({ id: undo.id, metadata: undo.metadata })
    } else {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).updatePartners({ id: undo.id, metadata: undo.metadata })
    }
  }
)
