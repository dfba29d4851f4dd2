import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { certificateView, communeName, publicProducer, PUBLIC_CERTIFICATE_FIELDS, PUBLIC_PRODUCER_FIELDS, type CertificateRecord } from "../../../lib/ocop"
import { isListedProduct, LISTED_PRODUCT_FIELDS, type LinkedProduct } from "../../../lib/store-products"
import type { StoreGetProducerType } from "../../../lib/validators"

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  created_at: string
  ocop_certificate: CertificateRecord
  variants?: Array<{ calculated_price?: { calculated_amount?: number | null; currency_code?: string | null } | null }>
}

/**
 * GET /store/producers/:handle?region_id= → { producer: { ...public fields, commune_name,
 * products: [{ id, handle, title, subtitle, thumbnail, price: { amount, currency_code } | null,
 * ocop: { stars, group, sub_group, decision_number, decision_date, expires_at, validity, … } }] } }
 * Only an active producer, and only its published products in the key's sales channels (on
 * sale: src/workflows/ocop/sync-products-on-sale.ts). With region_id, price is the lowest variant price there.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetProducerType>, res: MedusaResponse) {
  const { region_id } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [...PUBLIC_PRODUCER_FIELDS, ...LISTED_PRODUCT_FIELDS],
    filters: { handle: req.params.handle!, status: "active" },
  })
  const producer = data[0] as (Record<string, unknown> & { products?: LinkedProduct[] }) | undefined
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `handle: no producer "${req.params.handle}"`)

  const today = isoDateInVietnam()
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const ids = (producer.products ?? []).filter((p) => isListedProduct(p, channels)).map((p) => p.id)

  let products: ProductRow[] = []
  if (ids.length) {
    let currencyCode: string | undefined
    if (region_id) {
      const [region] = await req.scope.resolve(Modules.REGION).listRegions({ id: region_id }, { select: ["currency_code"] })
      if (!region) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region with id ${region_id}`)
      currencyCode = region.currency_code
    }
    const { data: rows } = await query.graph({
      entity: "product",
      fields: [
        "id", "handle", "title", "subtitle", "thumbnail", "created_at",
        ...PUBLIC_CERTIFICATE_FIELDS.map((f) => `ocop_certificate.${f}`),
        ...(currencyCode ? ["variants.id", "variants.calculated_price.*"] : []),
      ],
      filters: { id: ids },
      ...(currencyCode
        ? { context: { variants: { calculated_price: QueryContext({ region_id, currency_code: currencyCode }) } } }
        : {}),
    })
    products = rows as unknown as ProductRow[]
  }

  res.json({
    producer: {
      ...publicProducer(producer),
      products: products
        .sort((a, b) => Number(b.ocop_certificate.stars) - Number(a.ocop_certificate.stars) || a.title.localeCompare(b.title, "vi"))
        .map(({ ocop_certificate, variants, created_at: _created, ...p }) => {
          const amounts = (variants ?? [])
            .map((v) => v.calculated_price)
            .filter((c): c is { calculated_amount: number; currency_code: string } => typeof c?.calculated_amount === "number")
          const cheapest = amounts.sort((a, b) => a.calculated_amount - b.calculated_amount)[0]
          return {
            ...p,
            price: cheapest ? { amount: cheapest.calculated_amount, currency_code: cheapest.currency_code } : null,
            ocop: {
              ...certificateView(ocop_certificate, today),
              commune_name: communeName(ocop_certificate.commune_code as string),
            },
          }
        }),
    },
  })
}
