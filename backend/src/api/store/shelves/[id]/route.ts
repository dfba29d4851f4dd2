import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { askedLocale, storeLocale } from "../../../../lib/request-locale"
import { findableProducts, toHits } from "../../lib/catalog"
import { service, shelfProductIds } from "../../../partner/lib/views"

/**
 * GET /store/shelves/:id?locale=vi-VN|en-US → { shelf: { id, title, note, partner: { display_name,
 * referral_code }, products: [search hits] } }. Only what shoppers can find is shown (published,
 * certificate in force, active producer, the key's sales channels); a shelf of a partner that is
 * not active is not found. No customer data.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const [shelf] = await service(req.scope).listShowcases({ id: req.params.id! }, { relations: ["partner"] })
  if (!shelf || shelf.partner?.status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shelf ${req.params.id} was not found`)
  }
  const locale = storeLocale(askedLocale(req))
  const shown = await findableProducts(req.scope, req.publishable_key_context?.sales_channel_ids ?? [], shelfProductIds(shelf))
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({
    shelf: {
      id: shelf.id,
      locale,
      title: locale === "en" ? shelf.title_en || shelf.title_vi : shelf.title_vi,
      note: (locale === "en" ? shelf.note_en || shelf.note_vi : shelf.note_vi) ?? null,
      partner: { display_name: shelf.partner.display_name, referral_code: shelf.partner.referral_code },
      products: toHits(shown, locale),
    },
  })
}
