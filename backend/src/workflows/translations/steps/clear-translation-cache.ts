import type { ICachingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Empties Medusa's Caching Module after translations change. Medusa 2.21's applyTranslations
 * (store routes with ?locale=) caches its translation read without selecting `id`, so that entry
 * carries no entity tag and the translation.* events never expire it: without this, /en showed the
 * old English for the cache's TTL (an hour). Translations change rarely; a full clear is cheap.
 */
export const clearTranslationCacheStep = createStep("clear-translation-cache", async (_: void, { container }) => {
  const caching = container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  if (caching) await caching.clear({ tags: ["*"] })
  return new StepResponse(null)
})
