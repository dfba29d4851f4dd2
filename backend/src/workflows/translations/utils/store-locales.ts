import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { EN_LOCALE, VI_LOCALE } from "../../../scripts/seed/catalog/medusa-input"

// Shared by the seeds (src/scripts/seed/catalog.ts) and the producer portal's English content:
// the Translation Module refuses a translation whose locale the store does not support.

/** Adds Vietnamese and English to the store's locales (keeping any others), so translations can be served. */
export async function ensureStoreLocales(container: MedusaContainer, locales: string[] = [VI_LOCALE, EN_LOCALE]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["id", "supported_locales.locale_code"] })
  const store = data[0] as { id: string; supported_locales?: Array<{ locale_code: string }> | null } | undefined
  if (!store) return
  const current = (store.supported_locales ?? []).map((l) => l.locale_code)
  const missing = locales.filter((l) => !current.includes(l))
  if (missing.length === 0) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_locales: [...current, ...missing].map((locale_code) => ({ locale_code })) },
    },
  })
}

/**
 * Whether the Translation Module is loaded. Medusa 2.21 registers it only when the `translation`
 * feature flag is on while medusa-config is evaluated (MEDUSA_FF_TRANSLATION=true, or the module
 * listed in `modules`): `featureFlags` in the same defineConfig call comes too late for that.
 */
export function hasTranslationModule(container: Pick<MedusaContainer, "hasRegistration">): boolean {
  return container.hasRegistration(Modules.TRANSLATION)
}
