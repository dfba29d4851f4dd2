import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ICachingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, toCamelCase, upperCaseFirst } from "@medusajs/framework/utils"
import { REVALIDATE_SIGNATURE_HEADER, signRevalidation } from "@ocop/core/dist/server"

/**
 * Expires the storefront's cached catalog reads when what they show changes (issue #16): the
 * storefront keeps products, producers, certificates and shelves in Next's data cache under these
 * tags (storefront/src/lib/catalog-cache.ts) and believes a POST /api/revalidate only when it is
 * signed with REVALIDATE_SECRET. Without the secret the storefront does not cache, and this does nothing.
 */
const PRODUCTS = ["products"]
const CERTIFICATES = ["certificates", "products", "producers"]
const PRODUCERS = ["producers", "products"]
const SHELVES = ["shelves"]
const REVIEWS = ["reviews"]
// Only the product page shows stock; the storefront lets it serve its last page while the new
// one renders (storefront/src/app/api/revalidate/route.ts), since every order changes stock.
const STOCK = ["stock"]

export const TAGS_OF_EVENT: Record<string, string[]> = {
  // Text, images, variants, prices (variant prices are written through product-variant.updated).
  ...Object.fromEntries(["product", "product-variant"].flatMap((e) => ["created", "updated", "deleted"].map((a) => [`${e}.${a}`, PRODUCTS]))),
  ...Object.fromEntries(["price", "price-set"].flatMap((e) => ["created", "updated", "deleted"].map((a) => [`pricing.${e}.${a}`, PRODUCTS]))),
  // Stock: levels set by the admin or a producer, reservations taken and released by orders.
  ...Object.fromEntries(
    ["inventory-level", "reservation-item"].flatMap((e) =>
      ["created", "updated", "deleted"].flatMap((a) => [[`${e}.${a}`, STOCK], [`inventory.${e}.${a}`, STOCK]])
    )
  ),
  "order.placed": STOCK,
  "order.canceled": STOCK,
  "ocop_product.sale_changed": PRODUCTS,
  // A producer's experience calendar (src/workflows/experiences/set-schedule.ts): the product page shows it.
  "experience_schedule.changed": PRODUCTS,
  // English texts a producer gives (src/workflows/translations/set-product-english.ts) or the admin edits.
  "translation.created": PRODUCTS,
  "translation.updated": PRODUCTS,
  "translation.deleted": PRODUCTS,
  "ocop_certificate.upserted": CERTIFICATES,
  "ocop_certificate.expired": CERTIFICATES,
  "producer.created": PRODUCERS,
  "producer.updated": PRODUCERS,
  "producer.status_changed": PRODUCERS,
  "producer.product_linked": PRODUCERS,
  "partner.shelf_changed": SHELVES,
  // Buyers' reviews on the product page (the reviews module's own events; hiding one is an update).
  "reviews.review.created": REVIEWS,
  "reviews.review.updated": REVIEWS,
  "reviews.review.deleted": REVIEWS,
}

// Events come in bursts (an order, an import): their tags go out together a moment later.
const FLUSH_AFTER_MS = 25
// Medusa's Caching Module clears its own cached reads on the same events, in the background: a
// storefront that re-reads before that clear lands would cache the stale answer again. The same
// tags go out once more after this delay, which bounds that staleness well within the 2 s promise.
const REPEAT_AFTER_MS = 500
const pending = new Set<string>()
let timer: ReturnType<typeof setTimeout> | undefined

type Logger = { error(message: string): void }

async function send(tags: string[], logger: Logger): Promise<void> {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret || tags.length === 0) return
  const base = (process.env.STOREFRONT_REVALIDATE_URL || process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  const body = JSON.stringify({ tags })
  try {
    const response = await fetch(`${base}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATE_SIGNATURE_HEADER]: signRevalidation(secret, body) },
      body,
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) logger.error(`Storefront revalidation of ${tags.join(", ")}: HTTP ${response.status} from ${base}`)
  } catch (error) {
    // A storefront that is down has nothing cached to expire; its cache's own TTL is the safety net.
    logger.error(`Storefront revalidation of ${tags.join(", ")} at ${base}: ${(error as Error).message}`)
  }
}

function flush(logger: Logger): void {
  timer = undefined
  const tags = [...pending]
  pending.clear()
  void send(tags, logger)
  setTimeout(() => void send(tags, logger), REPEAT_AFTER_MS).unref?.()
}

/**
 * Clears what Medusa's Caching Module holds for the event's records, as its own strategy does on
 * every event but in the background: done here first, the storefront's re-read cannot get the old answer.
 */
async function clearMedusaCache(container: SubscriberArgs<unknown>["container"], name: string, data: unknown): Promise<void> {
  const caching = container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  if (!caching) return
  const operation = name.split(".").pop()!
  const type = upperCaseFirst(toCamelCase(name.split(".").slice(-2)[0]!))
  const tags: string[] = []
  for (const item of (Array.isArray(data) ? data : [data]) as Array<{ id?: string | string[] }>) {
    for (const id of [item?.id ?? []].flat()) {
      tags.push(...(await caching.computeTags(item, { entities: [{ type, id }], operation })))
    }
  }
  if (tags.length) await caching.clear({ tags, options: { autoInvalidate: true } })
}

export default async function storefrontRevalidateHandler({ event, container }: SubscriberArgs<unknown>) {
  if (!process.env.REVALIDATE_SECRET) return
  await clearMedusaCache(container, event.name, event.data).catch(() => {})
  for (const tag of TAGS_OF_EVENT[event.name] ?? []) pending.add(tag)
  if (timer || pending.size === 0) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  timer = setTimeout(() => flush(logger), FLUSH_AFTER_MS)
}

export const config: SubscriberConfig = {
  event: Object.keys(TAGS_OF_EVENT),
  context: { subscriberId: "storefront-revalidate" },
}
