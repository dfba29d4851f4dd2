// Pure mapping from the seed's product data to what Medusa's workflows take: product input for
// createProductsWorkflow, English translations for the Translation Module, the OCOP certificate
// for upsertProductCertificateWorkflow and the producer for createProducerWorkflow. No I/O, so
// both the catalog seed and the synthetic seed share it and it is unit-tested on its own.

import { getGroup, isExperienceGroup, type GroupSlug } from "@ocop/core"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import type { CatalogProduct, SeedProducer } from "./types"

/** The locale English translations are stored under (Medusa's default locales use BCP 47 tags). */
export const EN_LOCALE = "en-US"
export const VI_LOCALE = "vi-VN"
export const CURRENCY = "vnd"

export type ProductRefs = {
  salesChannelId: string
  shippingProfileId: string
  categoryIdByGroup: Readonly<Record<string, string>>
  tagIdByValue: ReadonlyMap<string, string>
}

export type TranslationInput = {
  reference: "product" | "product_option" | "product_option_value" | "product_variant" | "product_category"
  reference_id: string
  locale_code: string
  translations: Record<string, string>
}

/** The product as createProductsWorkflow takes it: published, VND prices, in its group's category. */
export function toProductInput(
  product: CatalogProduct,
  refs: ProductRefs,
  options: { imageUrl?: string | null; sku: (variantIndex: number) => string; metadata?: Record<string, unknown> },
): CreateProductWorkflowInputDTO {
  const experience = isExperienceGroup(product.group)
  const categoryId = refs.categoryIdByGroup[product.group]
  if (!categoryId) throw new Error(`no product category for group "${product.group}"`)
  const tagIds = [...new Set(product.tags)].map((value) => {
    const id = refs.tagIdByValue.get(value)
    if (!id) throw new Error(`no product tag "${value}"`)
    return id
  })
  const optionTitle = product.option.vi
  return {
    title: product.title_vi,
    handle: product.handle,
    description: product.description_vi,
    status: "published",
    discountable: true,
    origin_country: "vn",
    ...(options.imageUrl ? { thumbnail: options.imageUrl, images: [{ url: options.imageUrl }] } : {}),
    category_ids: [categoryId],
    tag_ids: tagIds,
    sales_channels: [{ id: refs.salesChannelId }],
    // Experiences are booked, never shipped: no shipping profile and no inventory, so a cart
    // holding only tickets needs no shipping method.
    ...(experience ? {} : { shipping_profile_id: refs.shippingProfileId }),
    options: [{ title: optionTitle, values: product.variants.map((v) => v.value.vi) }],
    variants: product.variants.map((v, i) => ({
      title: v.value.vi,
      sku: options.sku(i),
      options: { [optionTitle]: v.value.vi },
      prices: [{ currency_code: CURRENCY, amount: v.price }],
      manage_inventory: !experience,
      allow_backorder: false,
      ...(v.weight !== undefined ? { weight: v.weight } : {}),
    })),
    metadata: {
      ocop_group: product.group,
      ocop_sub_group: product.sub_group,
      producer_handle: product.producer,
      ...(experience ? { experience: true } : {}),
      ...(product.from_domain_table ? { real_product: true } : {}),
      // English texts; the Translation Module (locale en-US) serves them when it is loaded.
      en: { title: product.title_en, description: product.description_en },
      ...options.metadata,
    },
  }
}

/** What Medusa created for a product, as far as translations need it. */
export type CreatedProductShape = {
  id: string
  handle: string
  options?: Array<{ id: string; title: string; values?: Array<{ id: string; value: string }> | null }> | null
  variants?: Array<{ id: string; title: string | null }> | null
}

/** English translations of a created product, its option, option values and variants. */
export function productTranslations(product: CatalogProduct, created: CreatedProductShape, locale = EN_LOCALE): TranslationInput[] {
  const out: TranslationInput[] = [
    {
      reference: "product",
      reference_id: created.id,
      locale_code: locale,
      translations: { title: product.title_en, description: product.description_en },
    },
  ]
  const enByVi = new Map(product.variants.map((v) => [v.value.vi, v.value.en]))
  for (const option of created.options ?? []) {
    if (option.title === product.option.vi) {
      out.push({ reference: "product_option", reference_id: option.id, locale_code: locale, translations: { title: product.option.en } })
    }
    for (const value of option.values ?? []) {
      const en = enByVi.get(value.value)
      if (en) out.push({ reference: "product_option_value", reference_id: value.id, locale_code: locale, translations: { value: en } })
    }
  }
  for (const variant of created.variants ?? []) {
    const en = variant.title ? enByVi.get(variant.title) : undefined
    if (en) out.push({ reference: "product_variant", reference_id: variant.id, locale_code: locale, translations: { title: en } })
  }
  return out
}

/** The six OCOP groups as product categories: handle = group slug, Vietnamese name. */
export function categoryInputs(groups: readonly GroupSlug[]) {
  return groups.map((slug, rank) => {
    const group = getGroup(slug)!
    return {
      name: group.vi,
      handle: slug,
      description: `Nhóm ${group.number}: ${group.vi}`,
      is_active: true,
      is_internal: false,
      rank,
      metadata: { ocop_group: slug, ocop_group_number: group.number },
    }
  })
}

export function categoryTranslation(slug: GroupSlug, categoryId: string, locale = EN_LOCALE): TranslationInput {
  const group = getGroup(slug)!
  return {
    reference: "product_category",
    reference_id: categoryId,
    locale_code: locale,
    translations: { name: group.en, description: `Group ${group.number}: ${group.en}` },
  }
}

/** The certificate as upsertProductCertificateWorkflow takes it (and prepareCertificate checks it). */
export function certificateInput(product: CatalogProduct, producer: SeedProducer) {
  const c = product.certificate
  return {
    stars: c.stars,
    score: c.score,
    group: product.group,
    sub_group: product.sub_group,
    decision_number: c.decision_number,
    decision_date: c.decision_date,
    issuing_level: c.issuing_level,
    issuing_authority: c.issuing_authority,
    commune_code: producer.commune_code,
    historic_locality: producer.historic_locality,
    sample_data: c.sample_data,
  }
}

/** The producer as createProducerWorkflow takes it: active, so its products show in the store. */
export function producerInput(producer: SeedProducer, stockLocationIds: string[] = [], metadata?: Record<string, unknown>) {
  return {
    handle: producer.handle,
    legal_name: producer.legal_name,
    display_name: producer.display_name,
    kind: producer.kind,
    status: "active" as const,
    commune_code: producer.commune_code,
    historic_locality: producer.historic_locality,
    story_vi: producer.story_vi,
    story_en: producer.story_en,
    email: producer.email,
    phone: producer.phone,
    sample_data: producer.sample_data,
    stock_location_ids: stockLocationIds,
    // Contacts are always samples (example.vn), also for real producers.
    metadata: { locality_precision: producer.locality_precision, sample_contacts: true, ...metadata },
  }
}
