import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Partner } from "./models/partner"
import { PartnerAttribution } from "./models/partner-attribution"
import { PartnerMember } from "./models/partner-member"
import { PartnerVisit } from "./models/partner-visit"
import { Shelf } from "./models/shelf"

// Shelves are served as "Showcase": pluralize() names the methods of "Shelf" `listShelves` while
// the types say `listShelfs`.

/** A partner, its members, visits, attributions and shelves as the module stores them (the models' own types). */
export type PartnerRecord = InferTypeOf<typeof Partner>
export type PartnerMemberRecord = InferTypeOf<typeof PartnerMember>
export type PartnerVisitRecord = InferTypeOf<typeof PartnerVisit>
export type PartnerAttributionRecord = InferTypeOf<typeof PartnerAttribution>
export type ShelfRecord = InferTypeOf<typeof Shelf>

export type MonthlyClicks = { partner_id: string; month: string; clicks: number }

class PartnerModuleService extends MedusaService({ Partner, PartnerMember, Showcase: Shelf, PartnerVisit, PartnerAttribution }) {
  /**
   * Clicks per partner and calendar month in Vietnam time ("2026-11"), for visits at or after
   * `from` and before `to`. Counted in SQL: a busy hotel may bring many thousands of clicks.
   */
  @InjectManager()
  async countVisitsByMonth(
    partnerIds: string[],
    from: Date,
    to: Date,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<MonthlyClicks[]> {
    if (!partnerIds.length) return []
    const rows = await sharedContext.manager!.execute(
      `select partner_id, to_char(at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month, count(*)::int as clicks
         from partner_visit
        where deleted_at is null and at >= ? and at < ? and partner_id in (${partnerIds.map(() => "?").join(", ")})
        group by 1, 2`,
      [from, to, ...partnerIds]
    )
    return (rows as Array<{ partner_id: string; month: string; clicks: number | string }>).map((r) => ({
      partner_id: r.partner_id,
      month: r.month,
      clicks: Number(r.clicks),
    }))
  }
}

export default PartnerModuleService
