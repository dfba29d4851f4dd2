import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { filterOutInternalProductCategories, wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/products/variant-inventory-quantity"

/**
 * GET /store/products/:id — Medusa's own route (same middlewares, fields and answer), with its read
 * kept in Medusa's Caching Module as Medusa's GET /store/products already keeps its list (issue #16:
 * uncached, one product cost three times GET /store/regions under load). The module's own strategy
 * clears the entry on any change of the product, its variants, prices or options; stock is not in
 * it: inventory quantities are added afresh on every request, as Medusa does.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse<HttpTypes.StoreProductResponse>) => {
  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(req.queryConfig.fields, { relation: "variants" })
  const context: Record<string, Record<string, unknown>> = {}
  if (req.pricingContext) context.variants = { calculated_price: QueryContext(req.pricingContext) }
  const includesCategories = fields.some((field) => field.startsWith("categories"))
  // Internal categories are filtered out below, so whether a category is internal is always read.
  if (!fields.includes("categories.is_internal")) fields.push("categories.is_internal")

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "product", filters: { id: req.params.id, ...req.filterableFields }, context, fields },
    { cache: { enable: true }, locale: req.locale }
  )
  const product = data[0] as HttpTypes.StoreProduct | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)

  if (withInventoryQuantity) await wrapVariantsWithInventoryQuantityForSalesChannel(req, (product.variants ?? []) as Parameters<typeof wrapVariantsWithInventoryQuantityForSalesChannel>[1])
  if (includesCategories) filterOutInternalProductCategories([product])
  await wrapProductsWithTaxPrices(req, [product])
  res.json({ product })
}
