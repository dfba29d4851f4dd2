import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { publicProducer, PUBLIC_PRODUCER_FIELDS } from "../../lib/ocop"
import type { StoreGetProducerType } from "../../validators"
import { listedProductIds } from "../listed-products"
import { producerPageProducts } from "./producer-page"

/**
 * GET /store/producers/:handle?region_id= → { producer: { ...public fields, commune_name,
 * products: [{ id, handle, title, subtitle, thumbnail, price: { amount, currency_code } | null,
 * ocop: { stars, group, sub_group, decision_number, decision_date, expires_at, validity, … } }] } }
 * Only an active producer, and only its published products in the key's sales channels (on
 * sale: src/workflows/ocop/sync-products-on-sale.ts). With region_id, price is the lowest variant price there.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetProducerType>, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: [...PUBLIC_PRODUCER_FIELDS],
    filters: { handle: req.params.handle!, status: "active" },
  })
  const producer = data[0] as (Record<string, unknown> & { id: string }) | undefined
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `handle: no producer "${req.params.handle}"`)

  const ids = await listedProductIds(req.scope, producer.id, req.publishable_key_context?.sales_channel_ids ?? [])
  const products = await producerPageProducts(req.scope, ids, req.validatedQuery.region_id, isoDateInVietnam())
  res.json({ producer: { ...publicProducer(producer), products } })
}
