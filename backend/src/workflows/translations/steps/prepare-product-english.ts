import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EN_LOCALE } from "../../../scripts/seed/catalog/medusa-input"
import { ensureStoreLocales, hasTranslationModule } from "../utils/store-locales"

/** A product's English texts: undefined keeps what is stored, null or "" clears it (Vietnamese shows). */
export type ProductEnglishInput = { title_en?: string | null; subtitle_en?: string | null; description_en?: string | null }
export type ProductEnglishChange = { product_id: string; english: ProductEnglishInput }

type Texts = Record<string, string>
export type PreparedProductEnglish = {
  create: Array<{ reference: "product"; reference_id: string; locale_code: string; translations: Texts }>
  update: Array<{ id: string; translations: Texts }>
}

const KEYS = [
  ["title_en", "title"],
  ["subtitle_en", "subtitle"],
  ["description_en", "description"],
] as const

/**
 * Turns products' English texts into Translation Module records for en-US, the shape the seed
 * writes (src/scripts/seed/catalog/medusa-input.ts): an existing record is updated (cleared keys
 * become "", which Medusa and the search index both treat as untranslated), else one is created.
 */
export const prepareProductEnglishStep = createStep(
  "prepare-product-english",
  async (input: { products: ProductEnglishChange[] }, { container }) => {
    const none: PreparedProductEnglish = { create: [], update: [] }
    const changes = input.products.filter((p) => KEYS.some(([key]) => p.english[key] !== undefined))
    if (!changes.length || !hasTranslationModule(container)) return new StepResponse(none)
    await ensureStoreLocales(container, [EN_LOCALE])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "translation",
      fields: ["id", "reference_id", "translations"],
      filters: { reference: "product", reference_id: changes.map((c) => c.product_id), locale_code: EN_LOCALE },
    })
    const existing = new Map((data as Array<{ id: string; reference_id: string; translations: Texts | null }>).map((t) => [t.reference_id, t]))
    const prepared: PreparedProductEnglish = { create: [], update: [] }
    for (const { product_id, english } of changes) {
      const current = existing.get(product_id)
      const translations: Texts = { ...(current?.translations ?? {}) }
      for (const [key, field] of KEYS) {
        const value = english[key]
        if (value !== undefined) translations[field] = (value ?? "").trim()
      }
      if (current) prepared.update.push({ id: current.id, translations })
      else if (Object.values(translations).some((v) => v !== "")) {
        prepared.create.push({ reference: "product", reference_id: product_id, locale_code: EN_LOCALE, translations })
      }
    }
    return new StepResponse(prepared)
  }
)
