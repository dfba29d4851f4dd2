import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { throwIfInvalid, type FieldProblem } from "../../lib/errors"
import { checkProductUpdate, cleanText, publishRefusal, type ProducerProductUpdate } from "../product-rules"
import { notFound, forbidden, loadProducerContext, ownProductOrThrow } from "../utils/producer-access"
import { takenSkus } from "../utils/catalog"

export type PreparedProductUpdate = {
  product_id: string
  product: Record<string, unknown> | null
  variants: Array<{ id: string; sku?: string | null; prices?: Array<{ currency_code: string; amount: number }> }>
}

/**
 * Checks an edit of one of the producer's products: ownership (404 otherwise), the fields, the
 * publishing rule, and that every variant named is the product's own. `archive` unpublishes
 * and marks the product archived; any later edit that publishes it clears the mark.
 */
export const prepareProducerProductUpdateStep = createStep(
  "producer-portal-prepare-product-update",
  async (input: { producer_id: string; product_id: string; update: ProducerProductUpdate; archive?: boolean }, { container }) => {
    const product = await ownProductOrThrow(container, input.producer_id, input.product_id, ["variants.id", "variants.sku"])
    const update = input.update
    throwIfInvalid(checkProductUpdate(update))
    const producer = await loadProducerContext(container, input.producer_id)
    if (update.status === "published") {
      const refusal = publishRefusal(producer.status)
      if (refusal) forbidden(refusal)
    }
    const own = new Set((product.variants ?? []).map((v: { id: string }) => v.id))
    for (const v of update.variants ?? []) if (!own.has(v.id)) notFound("variant", v.id)
    const problems: FieldProblem[] = []
    const newSkus = (update.variants ?? []).filter((v) => cleanText(v.sku)).map((v) => cleanText(v.sku)!)
    const current = new Map((product.variants ?? []).map((v: { id: string; sku: string | null }) => [v.id, v.sku]))
    const taken = await takenSkus(container, newSkus)
    ;(update.variants ?? []).forEach((v, i) => {
      const sku = cleanText(v.sku)
      if (sku && taken.has(sku) && current.get(v.id) !== sku) problems.push({ field: `variants.${i}.sku`, message: `"${sku}" is already used` })
    })
    throwIfInvalid(problems)

    const metadata = { ...((product.metadata as Record<string, unknown> | null) ?? {}) }
    const changes: Record<string, unknown> = {}
    if (update.title !== undefined) changes.title = update.title.trim()
    if (update.subtitle !== undefined) changes.subtitle = cleanText(update.subtitle)
    if (update.description !== undefined) changes.description = cleanText(update.description)
    if (update.thumbnail !== undefined) changes.thumbnail = cleanText(update.thumbnail)
    if (update.status !== undefined) changes.status = update.status
    if (update.group !== undefined) {
      const group = cleanText(update.group)
      // "" removes a key (Medusa's metadata merge).
      metadata.ocop_group = group ?? ""
      changes.metadata = metadata
      const categories = group
        ? await container.resolve(Modules.PRODUCT).listProductCategories({ handle: group }, { select: ["id"] })
        : []
      changes.category_ids = categories.map((c: { id: string }) => c.id)
    }
    if (input.archive) {
      changes.status = "draft"
      metadata.archived_at = new Date().toISOString()
      changes.metadata = metadata
    } else if (update.status === "published" && metadata.archived_at) {
      metadata.archived_at = ""
      changes.metadata = metadata
    }
    const variants = (update.variants ?? [])
      .filter((v) => v.price !== undefined || v.sku !== undefined)
      .map((v) => ({
        id: v.id,
        ...(v.sku !== undefined ? { sku: cleanText(v.sku) } : {}),
        ...(v.price !== undefined ? { prices: [{ currency_code: "vnd", amount: v.price }] } : {}),
      }))
    return new StepResponse<PreparedProductUpdate>({
      product_id: input.product_id,
      product: Object.keys(changes).length ? changes : null,
      variants,
    })
  }
)
