// One language per message (issue #23): an order's lines named in the recipient's language, taken
// from the product when the e-mail is written (Medusa's Translation module), not the language the
// line was added to the cart in. Lines of a deleted product keep the names they were sold under.

import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MessageLocale } from "./layout"

const CONTENT_LOCALE: Record<MessageLocale, string> = { vi: "vi-VN", en: "en-US" }

type Line = { product_id?: string | null; variant_id?: string | null; product_title?: string | null; variant_title?: string | null }
type ProductTitles = { id: string; title?: string | null; variants?: Array<{ id: string; title?: string | null } | null> | null }

export async function inRecipientLanguage<L extends Line>(container: MedusaContainer, lines: L[], locale: MessageLocale): Promise<L[]> {
  const productIds = [...new Set(lines.map((l) => l.product_id).filter((id): id is string => !!id))]
  if (productIds.length === 0) return lines
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Stored texts are Vietnamese; the translation for the locale (en-US, or a vi-VN one) is laid over them.
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "variants.id", "variants.title"], filters: { id: productIds } })
  const products = data as ProductTitles[]
  await applyTranslations({ localeCode: CONTENT_LOCALE[locale], objects: products, container })
  const productTitle = new Map(products.map((p) => [p.id, p.title]))
  const variantTitle = new Map(products.flatMap((p) => (p.variants ?? []).flatMap((v) => (v ? [[v.id, v.title] as const] : []))))
  return lines.map((line) => ({
    ...line,
    product_title: (line.product_id && productTitle.get(line.product_id)) || line.product_title,
    variant_title: (line.variant_id && variantTitle.get(line.variant_id)) || line.variant_title,
  }))
}
