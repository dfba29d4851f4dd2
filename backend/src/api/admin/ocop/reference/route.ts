import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ISSUING_LEVEL_NAMES, listUnits, PRODUCER_KINDS, PRODUCER_STATUSES, PRODUCT_GROUPS } from "@ocop/core"

/**
 * GET /admin/ocop/reference → the choices the dashboard forms offer, from @ocop/core:
 * { groups: [{ slug, vi, en, sub_groups: [{ slug, vi, en }] }], units: [{ code, name, full_name, former }],
 *   issuing_levels: [{ value, vi, en }], producer_kinds: [{ value, vi, en }], producer_statuses: [...] }
 */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    groups: PRODUCT_GROUPS.map((g) => ({
      slug: g.slug,
      vi: g.vi,
      en: g.en,
      sub_groups: g.subGroups.map((s) => ({ slug: s.slug, vi: s.vi, en: s.en })),
    })),
    units: listUnits()
      .map((u) => ({
        code: u.code,
        name: u.name,
        full_name: u.fullName,
        former: u.formerCommunes.map((c) => c.label),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    issuing_levels: Object.entries(ISSUING_LEVEL_NAMES).map(([value, n]) => ({ value, vi: n.vi, en: n.en })),
    producer_kinds: PRODUCER_KINDS.map((k) => ({ value: k.slug, vi: k.vi, en: k.en })),
    producer_statuses: Object.entries(PRODUCER_STATUSES).map(([value, n]) => ({ value, vi: n.vi, en: n.en })),
  })
}
