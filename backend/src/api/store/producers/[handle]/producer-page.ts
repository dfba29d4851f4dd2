import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { certificateView, communeName, PUBLIC_CERTIFICATE_FIELDS, type CertificateRecord } from "../../lib/ocop"

// The read model of GET /store/producers/:handle (route.ts beside it): the producer's listed
// products with their certificate and, in a region, their lowest price.

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

/** The region's currency; 400 naming region_id when there is no such region. */
async function currencyOf(scope: MedusaContainer, regionId: string): Promise<string> {
  const [region] = await scope.resolve(Modules.REGION).listRegions({ id: regionId }, { select: ["currency_code"] })
  if (!region) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region with id ${regionId}`)
  return region.currency_code
}

/** Products `ids`, most stars first then by name, each with its certificate's public view and lowest price. */
export async function producerPageProducts(scope: MedusaContainer, ids: string[], regionId: string | undefined, today: string) {
  if (!ids.length) return []
  const currencyCode = regionId ? await currencyOf(scope, regionId) : undefined
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "id", "handle", "title", "subtitle", "thumbnail", "created_at",
      ...PUBLIC_CERTIFICATE_FIELDS.map((f) => `ocop_certificate.${f}`),
      ...(currencyCode ? ["variants.id", "variants.calculated_price.*"] : []),
    ],
    filters: { id: ids },
    ...(currencyCode
      ? { context: { variants: { calculated_price: QueryContext({ region_id: regionId, currency_code: currencyCode }) } } }
      : {}),
  })
  return (data as unknown as ProductRow[])
    .sort((a, b) => Number(b.ocop_certificate.stars) - Number(a.ocop_certificate.stars) || a.title.localeCompare(b.title, "vi"))
    .map(({ ocop_certificate, variants, created_at: _created, ...p }) => {
      const amounts = (variants ?? [])
        .map((v) => v.calculated_price)
        .filter((c): c is { calculated_amount: number; currency_code: string } => typeof c?.calculated_amount === "number")
      const cheapest = amounts.sort((a, b) => a.calculated_amount - b.calculated_amount)[0]
      return {
        ...p,
        price: cheapest ? { amount: cheapest.calculated_amount, currency_code: cheapest.currency_code } : null,
        ocop: { ...certificateView(ocop_certificate, today), commune_name: communeName(ocop_certificate.commune_code as string) },
      }
    })
}
