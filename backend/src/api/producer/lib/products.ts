import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { openChangeRequests } from "../../../workflows/producer-portal/utils/certificate-requests"
import { producerProductIds } from "../../../workflows/producer-portal/utils/producer-access"
import { ownProductPhotos } from "../../../workflows/producer-portal/utils/product-photos"
import { englishTexts } from "../../../search/lib/sources"
import { certificateView, CERTIFICATE_FIELDS, communeName, type CertificateRecord } from "../../store/lib/ocop"

/** Where the storefront shows a product: ${STOREFRONT_URL}/vi/products/{handle}. */
export function storefrontProductUrl(handle: string): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  return `${base}/vi/products/${encodeURIComponent(handle)}`
}

const PRODUCT_FIELDS = [
  "id", "title", "subtitle", "description", "handle", "status", "thumbnail", "metadata", "created_at", "updated_at",
  "variants.id", "variants.title", "variants.sku", "variants.manage_inventory", "variants.variant_rank", "variants.created_at",
  "variants.prices.amount", "variants.prices.currency_code",
  "images.id", "images.url", "images.rank", "images.metadata",
  "variants.inventory_items.inventory_item_id",
  ...CERTIFICATE_FIELDS.map((f) => `ocop_certificate.${f}`),
]

type Row = Record<string, any>

/** A product photo as the portal shows it: its WebP URLs by size and its alt texts (image metadata). */
export function photoView(image: { id: string; url: string; metadata?: Record<string, unknown> | null }) {
  const metadata = image.metadata ?? {}
  const sizes = (metadata.sizes ?? {}) as Record<string, string>
  return {
    id: image.id,
    url: image.url,
    thumb_url: sizes.thumb ?? image.url,
    card_url: sizes.card ?? image.url,
    alt_vi: (metadata.alt_vi as string | null | undefined) ?? null,
    alt_en: (metadata.alt_en as string | null | undefined) ?? null,
  }
}

/** A product's images in their order (rank). */
function sortImages(images: Row[] | null | undefined): Row[] {
  return (images ?? []).filter(Boolean).slice().sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || String(a.id).localeCompare(String(b.id)))
}

async function levelsAt(scope: MedusaContainer, locationId: string | null, inventoryItemIds: string[]) {
  const out = new Map<string, { stocked_quantity: number; reserved_quantity: number }>()
  if (!locationId || !inventoryItemIds.length) return out
  const levels = await scope
    .resolve(Modules.INVENTORY)
    .listInventoryLevels(
      { inventory_item_id: inventoryItemIds, location_id: locationId },
      { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] }
    )
  for (const l of levels) {
    out.set(l.inventory_item_id, { stocked_quantity: Number(l.stocked_quantity), reserved_quantity: Number(l.reserved_quantity) })
  }
  return out
}

/** Variants in the producer's order (variant_rank), then by creation. */
function sortVariants(variants: Row[] | null | undefined): Row[] {
  return (variants ?? [])
    .filter(Boolean)
    .slice()
    .sort(
      (a, b) =>
        (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
        String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")) ||
        String(a.id).localeCompare(String(b.id))
    )
}

function view(p: Row, levels: Map<string, { stocked_quantity: number; reserved_quantity: number }>, today: string) {
  const metadata = (p.metadata ?? {}) as Record<string, unknown>
  const cert = p.ocop_certificate as CertificateRecord | null | undefined
  return {
    id: p.id,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    handle: p.handle,
    status: p.status,
    archived: !!metadata.archived_at,
    archived_at: (metadata.archived_at as string | undefined) || null,
    group: (metadata.ocop_group as string | undefined) || null,
    thumbnail: p.thumbnail ?? null,
    photos: sortImages(p.images).map((i) => photoView(i as { id: string; url: string })),
    created_at: p.created_at,
    updated_at: p.updated_at,
    storefront_url: storefrontProductUrl(p.handle),
    qr_code: { png: `/producer/products/${p.id}/qr.png`, svg: `/producer/products/${p.id}/qr.svg` },
    variants: sortVariants(p.variants).map((v: Row) => {
      const itemId = v.inventory_items?.[0]?.inventory_item_id as string | undefined
      const level = itemId ? levels.get(itemId) : undefined
      const price = (v.prices ?? []).find((x: Row) => x?.currency_code === "vnd")
      return {
        id: v.id,
        title: v.title,
        sku: v.sku ?? null,
        price: price ? Number(price.amount) : null,
        currency_code: "vnd",
        manage_inventory: !!v.manage_inventory,
        stocked_quantity: v.manage_inventory ? level?.stocked_quantity ?? 0 : null,
        available_quantity: v.manage_inventory ? (level ? level.stocked_quantity - level.reserved_quantity : 0) : null,
      }
    }),
    ocop_certificate: cert ? { ...certificateView(cert, today), commune_name: communeName(cert.commune_code as string) } : null,
  }
}

export type ProducerProductView = ReturnType<typeof view>

async function load(scope: MedusaContainer, ids: string[], locationId: string | null) {
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
  const itemIds = (data as Row[]).flatMap((p) => (p.variants ?? []).flatMap((v: Row) => (v?.inventory_items ?? []).map((i: Row) => i.inventory_item_id)))
  const levels = await levelsAt(scope, locationId, itemIds)
  const today = isoDateInVietnam()
  const byId = new Map((data as Row[]).map((p) => [p.id, view(p, levels, today)]))
  return ids.map((id) => byId.get(id)).filter((p): p is ProducerProductView => !!p)
}

/** One of the producer's products, with its English texts, certificate and open certificate requests; 404 for any other. */
export async function producerProduct(scope: MedusaContainer, producerId: string, locationId: string | null, productId: string) {
  const own = await producerProductIds(scope, producerId)
  if (!own.includes(productId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${productId} was not found`)
  const [product] = await load(scope, [productId], locationId)
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${productId} was not found`)
  const today = isoDateInVietnam()
  const requests = (await openChangeRequests(scope, productId)).map((c) => ({
    ...certificateView(c, today),
    commune_name: communeName(c.commune_code),
  }))
  // English texts as stored in the Translation Module (en-US): null where Vietnamese shows on /en.
  const english = (await englishTexts(scope.resolve(ContainerRegistrationKeys.QUERY) as Parameters<typeof englishTexts>[0], [productId])).get(productId)
  return {
    ...product,
    title_en: english?.title ?? null,
    subtitle_en: english?.subtitle ?? null,
    description_en: english?.description ?? null,
    certificate_requests: requests,
  }
}

export type ListOptions = { q?: string; status?: string; archived?: "true" | "false"; limit: number; offset: number }

/** The producer's products, newest first; archived ones only when asked. */
export async function producerProducts(scope: MedusaContainer, producerId: string, locationId: string | null, options: ListOptions) {
  const own = await producerProductIds(scope, producerId)
  if (!own.length) return { products: [], count: 0 }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { id: own }
  if (options.status) filters.status = options.status
  if (options.q) filters.title = { $ilike: `%${options.q}%` }
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "metadata", "created_at"],
    filters,
    pagination: { order: { created_at: "DESC" } },
  })
  const wantArchived = options.archived === "true"
  const ids = (data as Row[]).filter((p) => !!p.metadata?.archived_at === wantArchived).map((p) => p.id as string)
  const page = ids.slice(options.offset, options.offset + options.limit)
  return { products: await load(scope, page, locationId), count: ids.length }
}

/** Stock of every managed variant of the producer's products at its own location. */
export async function producerStock(scope: MedusaContainer, producerId: string, locationId: string | null, variantIds?: string[]) {
  const own = await producerProductIds(scope, producerId)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  let location: { id: string; name: string } | null = null
  if (locationId) {
    const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationId } })
    location = (data[0] as { id: string; name: string } | undefined) ?? null
  }
  if (!own.length) return { stock_location: location, items: [] }
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "title", "status", "metadata",
      "variants.id", "variants.title", "variants.sku", "variants.manage_inventory", "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: own },
    pagination: { order: { created_at: "DESC" } },
  })
  const rows = (data as Row[]).flatMap((p) =>
    (p.variants ?? [])
      .filter((v: Row) => v?.manage_inventory && v.inventory_items?.length && (!variantIds || variantIds.includes(v.id)))
      .map((v: Row) => ({ product: p, variant: v, inventory_item_id: v.inventory_items[0].inventory_item_id as string }))
  )
  const levels = await levelsAt(scope, locationId, rows.map((r) => r.inventory_item_id))
  return {
    stock_location: location,
    items: rows.map(({ product, variant, inventory_item_id }) => {
      const level = levels.get(inventory_item_id)
      const stocked = level?.stocked_quantity ?? 0
      const reserved = level?.reserved_quantity ?? 0
      return {
        product_id: product.id,
        product_title: product.title,
        product_status: product.status,
        archived: !!product.metadata?.archived_at,
        variant_id: variant.id,
        variant_title: variant.title,
        sku: variant.sku ?? null,
        inventory_item_id,
        stocked_quantity: stocked,
        reserved_quantity: reserved,
        available_quantity: stocked - reserved,
      }
    }),
  }
}

/** One of the producer's products' photos in order; 404 for any other product. */
export async function producerPhotosOf(scope: MedusaContainer, producerId: string, productId: string) {
  const { photos } = await ownProductPhotos(scope, producerId, productId)
  return photos.map((p) => photoView({ id: p.id!, url: p.url, metadata: p.metadata }))
}
