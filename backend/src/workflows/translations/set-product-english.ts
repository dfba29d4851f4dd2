import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTranslationsWorkflow, updateTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { clearTranslationCacheStep } from "./steps/clear-translation-cache"
import { prepareProductEnglishStep, type ProductEnglishChange } from "./steps/prepare-product-english"

/**
 * Stores products' English title, subtitle and description through Medusa's Translation Module
 * (en-US). Its translation.created / translation.updated events refresh the search index
 * (src/search/lib/sources.ts) and the storefront's cached catalog (src/subscribers/storefront-revalidate.ts).
 */
export const setProductEnglishWorkflow = createWorkflow(
  "set-product-english",
  (input: { products: ProductEnglishChange[] }) => {
    const prepared = prepareProductEnglishStep(input)
    when({ prepared }, ({ prepared }) => prepared.create.length > 0).then(() => {
      createTranslationsWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => ({ translations: prepared.create })) })
    })
    when({ prepared }, ({ prepared }) => prepared.update.length > 0).then(() => {
      updateTranslationsWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => ({ translations: prepared.update })) })
    })
    when({ prepared }, ({ prepared }) => prepared.create.length + prepared.update.length > 0).then(() => {
      clearTranslationCacheStep()
    })
    return new WorkflowResponse(prepared)
  }
)
