import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OCOP_CERTIFICATE_UPSERTED } from "../workflows/ocop/upsert-product-certificate"
import { relistRecertifiedProductWorkflow } from "../workflows/ocop/relist-recertified-product"

/** A renewed or verified certificate puts a product delisted at expiry back into the catalog. */
export default async function relistRecertifiedProduct({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; product_id?: string | null }>) {
  if (!data.product_id) return
  await relistRecertifiedProductWorkflow(container).run({ input: { product_id: data.product_id } })
}

export const config: SubscriberConfig = { event: OCOP_CERTIFICATE_UPSERTED }
