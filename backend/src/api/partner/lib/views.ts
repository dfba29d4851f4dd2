import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PARTNER_MODULE, type PartnerModuleService, type ShelfRecord } from "../../../modules/partner"
import { productPageUrl, shelfEmbedUrl, shelfPageUrl } from "./links"

export const OWN_PARTNER_FIELDS = [
  "id", "display_name", "legal_name", "kind", "status", "status_reason", "referral_code", "commission_rate",
  "contact_name", "email", "phone", "website", "guest_delivery", "created_at", "updated_at",
] as const

export function service(scope: MedusaContainer): PartnerModuleService {
  return scope.resolve<PartnerModuleService>(PARTNER_MODULE)
}

/** The partner as its own members and the admin see it. */
export async function partnerView(scope: MedusaContainer, partnerId: string) {
  const [partner] = await service(scope).listPartners({ id: partnerId }, { select: [...OWN_PARTNER_FIELDS] })
  return partner ?? null
}

/** A shelf as the portal's reads select it (the model's fields, src/modules/partner/models/shelf.ts). */
type ShelfRow = Pick<ShelfRecord, "id" | "title_vi" | "title_en" | "note_vi" | "note_en" | "product_ids"> &
  Partial<Pick<ShelfRecord, "created_at" | "updated_at">>

export function shelfProductIds(shelf: { product_ids: unknown }): string[] {
  return Array.isArray(shelf.product_ids) ? (shelf.product_ids as unknown[]).filter((x): x is string => typeof x === "string") : []
}

/**
 * A shelf for the partner's portal: texts in both languages, its products (with whether shoppers
 * can see them now) and the links its QR codes and embed snippet carry.
 */
export async function shelfViews(scope: MedusaContainer, shelves: ShelfRow[], code: string | null) {
  const ids = [...new Set(shelves.flatMap(shelfProductIds))]
  const products = ids.length
    ? await scope.resolve(Modules.PRODUCT).listProducts({ id: ids }, { select: ["id", "handle", "title", "thumbnail", "status"], take: ids.length })
    : []
  const byId = new Map((products as Array<{ id: string; handle: string; title: string; thumbnail: string | null; status: string }>).map((p) => [p.id, p]))
  return shelves.map((s) => {
    const productIds = shelfProductIds(s)
    const onShelf = productIds.map((id) => byId.get(id)).filter((p): p is NonNullable<typeof p> => !!p)
    return {
      id: s.id,
      title: { vi: s.title_vi, en: s.title_en },
      note: { vi: s.note_vi, en: s.note_en },
      product_ids: productIds,
      products: onShelf.map((p) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail, status: p.status })),
      links: {
        page: shelfPageUrl(s.id, code),
        embed: shelfEmbedUrl(s.id, code),
        products: onShelf.map((p) => ({ product_id: p.id, url: productPageUrl(p.handle, code) })),
      },
      created_at: s.created_at,
      updated_at: s.updated_at,
    }
  })
}
