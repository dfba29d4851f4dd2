import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { isExperienceGroup } from "@ocop/core"
import { throwIfInvalid, invalid, type FieldProblem } from "../../lib/errors"
import { checkNewProduct, cleanText, DEFAULT_VARIANT_TITLE, handleFromTitle, publishRefusal, VARIANT_OPTION_TITLE, type ProducerProductInput } from "../product-rules"
import { forbidden, loadProducerContext } from "../utils/producer-access"
import { freeHandles, takenSkus } from "../utils/catalog"

export type PreparedProducerProducts = {
  producer_id: string
  location_id: string | null
  products: CreateProductWorkflowInputDTO[]
  /** By product handle, then variant title: units to put in stock. */
  stock: Record<string, Record<string, number>>
}

/**
 * Checks new products (prices, stock, titles, group…), the producer (publishing needs an active
 * producer), SKUs and handles; builds Medusa's product input: one option "Loại", VND prices, the
 * default sales channel and shipping profile, the group's category when it exists.
 */
export const prepareProducerProductsStep = createStep(
  "producer-portal-prepare-products",
  async (input: { producer_id: string; member_id?: string | null; products: ProducerProductInput[]; batch?: boolean }, { container }) => {
    const problems: FieldProblem[] = []
    input.products.forEach((p, i) => problems.push(...checkNewProduct(p, input.batch ? `products.${i}.` : "")))
    throwIfInvalid(problems)

    const producer = await loadProducerContext(container, input.producer_id)
    const refusal = publishRefusal(producer.status)
    const wantsPublish = input.products.some((p) => p.status === "published")
    if (refusal && wantsPublish) forbidden(refusal)
    const status = (p: ProducerProductInput) => (refusal ? "draft" : p.status ?? "published")

    const prefix = (i: number) => (input.batch ? `products.${i}.` : "")
    const skus = input.products.flatMap((p) => p.variants.map((v) => cleanText(v.sku)).filter((s): s is string => !!s))
    const taken = await takenSkus(container, skus)
    const seen = new Set<string>()
    input.products.forEach((p, i) =>
      p.variants.forEach((v, j) => {
        const sku = cleanText(v.sku)
        if (!sku) return
        if (taken.has(sku) || seen.has(sku)) problems.push({ field: `${prefix(i)}variants.${j}.sku`, message: `"${sku}" is already used` })
        seen.add(sku)
      })
    )
    const explicit = input.products.map((p) => cleanText(p.handle))
    const explicitGiven = explicit.filter((h): h is string => !!h)
    if (explicitGiven.length) {
      const existing = await container
        .resolve(Modules.PRODUCT)
        .listProducts({ handle: explicitGiven }, { select: ["handle"], take: explicitGiven.length })
      const used = new Set(existing.map((x: { handle: string }) => x.handle))
      explicit.forEach((h, i) => {
        if (h && used.has(h)) problems.push({ field: `${prefix(i)}handle`, message: `"${h}" is already used by another product` })
      })
    }
    input.products.forEach((p, i) => {
      if (!explicit[i] && !handleFromTitle(p.title)) {
        problems.push({ field: `${prefix(i)}title`, message: "needs letters or digits to make the product's web address" })
      }
    })
    throwIfInvalid(problems)

    const generated = await freeHandles(
      container,
      input.products.map((p, i) => explicit[i] ?? handleFromTitle(p.title))
    )
    const handles = input.products.map((_, i) => explicit[i] ?? generated[i]!)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const salesChannelId = (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id ?? null
    const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"] })
    const groups = [...new Set(input.products.map((p) => cleanText(p.group)).filter((g): g is string => !!g))]
    const categories = groups.length
      ? await container.resolve(Modules.PRODUCT).listProductCategories({ handle: groups }, { select: ["id", "handle"] })
      : []
    const categoryOf = new Map(categories.map((c: { id: string; handle: string }) => [c.handle, c.id]))

    const products: CreateProductWorkflowInputDTO[] = input.products.map((p, i) => {
      const group = cleanText(p.group)
      const experience = group ? isExperienceGroup(group) : false
      const titles = p.variants.map((v) => cleanText(v.title) ?? DEFAULT_VARIANT_TITLE)
      const categoryId = group ? categoryOf.get(group) : undefined
      return {
        title: p.title.trim(),
        subtitle: cleanText(p.subtitle),
        description: cleanText(p.description),
        handle: handles[i],
        status: status(p),
        origin_country: "vn",
        discountable: true,
        ...(cleanText(p.thumbnail) ? { thumbnail: cleanText(p.thumbnail)!, images: [{ url: cleanText(p.thumbnail)! }] } : {}),
        ...(categoryId ? { category_ids: [categoryId] } : {}),
        ...(salesChannelId ? { sales_channels: [{ id: salesChannelId }] } : {}),
        // Experiences (group 6) are booked, never shipped: no shipping profile, no inventory.
        ...(!experience && profile ? { shipping_profile_id: profile.id } : {}),
        options: [{ title: VARIANT_OPTION_TITLE, values: titles }],
        variants: p.variants.map((v, j) => ({
          title: titles[j]!,
          sku: cleanText(v.sku) ?? undefined,
          options: { [VARIANT_OPTION_TITLE]: titles[j]! },
          prices: [{ currency_code: "vnd", amount: v.price }],
          manage_inventory: !experience,
          allow_backorder: false,
          variant_rank: j,
        })),
        metadata: {
          ...(group ? { ocop_group: group } : {}),
          ...(experience ? { experience: true } : {}),
          created_via: "producer_portal",
          ...(input.member_id ? { created_by_member_id: input.member_id } : {}),
        },
      } as CreateProductWorkflowInputDTO
    })
    const stock = Object.fromEntries(
      input.products.map((p, i) => [
        handles[i]!,
        Object.fromEntries(p.variants.map((v) => [cleanText(v.title) ?? DEFAULT_VARIANT_TITLE, v.stock ?? 0])),
      ])
    )
    if (Object.values(stock).some((s) => Object.values(s).some((q) => q > 0)) && !producer.stock_location_id) {
      invalid("stock", "your producer account has no stock location yet; ask the marketplace to set one up")
    }
    return new StepResponse<PreparedProducerProducts>({
      producer_id: producer.id,
      location_id: producer.stock_location_id,
      products,
      stock,
    })
  }
)
