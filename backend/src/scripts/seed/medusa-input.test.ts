import { describe, expect, it } from "vitest"
import { prepareCertificate } from "../../workflows/ocop/certificate-rules"
import { prepareNewProducer } from "../../workflows/producers/producer-rules"
import { PRODUCERS, PRODUCTS, catalogSku, getSeedProducer } from "./catalog-data"
import {
  CURRENCY,
  EN_LOCALE,
  categoryInputs,
  categoryTranslation,
  certificateInput,
  producerInput,
  productTranslations,
  toProductInput,
  type ProductRefs,
} from "./catalog/medusa-input"
import { syntheticBatch, syntheticProducer } from "./synthetic"
import { GROUP_SLUGS } from "@ocop/core"

const refs: ProductRefs = {
  salesChannelId: "sc_1",
  shippingProfileId: "sp_1",
  categoryIdByGroup: Object.fromEntries(GROUP_SLUGS.map((g) => [g, `pcat_${g}`])),
  tagIdByValue: new Map(PRODUCTS.flatMap((p) => p.tags).map((t) => [t, `ptag_${t}`])),
}
const byHandle = (h: string) => PRODUCTS.find((p) => p.handle === h)!
const input = (h: string) => toProductInput(byHandle(h), refs, { imageUrl: "http://x/a.svg", sku: (i) => catalogSku(h, i) })

describe("toProductInput", () => {
  it("publishes the product with VND prices in whole đồng, its category, tags and picture", () => {
    const p = input("tra-hoa-vang-ba-che")
    expect(p).toMatchObject({
      title: "Trà hoa vàng Ba Chẽ",
      handle: "tra-hoa-vang-ba-che",
      status: "published",
      thumbnail: "http://x/a.svg",
      images: [{ url: "http://x/a.svg" }],
      category_ids: ["pcat_food"],
      sales_channels: [{ id: "sc_1" }],
      shipping_profile_id: "sp_1",
      options: [{ title: "Khối lượng", values: ["50 g", "100 g"] }],
    })
    expect(p.tag_ids).toContain("ptag_trà hoa vàng")
    expect(p.variants).toEqual([
      expect.objectContaining({ title: "50 g", sku: "OCOP-TRA-HOA-VANG-BA-CHE-1", options: { "Khối lượng": "50 g" }, prices: [{ currency_code: CURRENCY, amount: 720_000 }], manage_inventory: true, weight: 50 }),
      expect.objectContaining({ title: "100 g", prices: [{ currency_code: "vnd", amount: 1_420_000 }] }),
    ])
    expect(p.metadata).toMatchObject({ ocop_group: "food", ocop_sub_group: "tea", producer_handle: "lam-san-dap-thanh", real_product: true, en: { title: "Ba Chẽ golden camellia tea" } })
  })

  it("sells experiences as tickets: no shipping profile, no inventory", () => {
    const p = input("du-lich-lang-que-yen-duc")
    expect(p.shipping_profile_id).toBeUndefined()
    expect(p.variants!.every((v) => v.manage_inventory === false)).toBe(true)
    expect(p.metadata).toMatchObject({ experience: true })
  })

  it("maps every catalog product", () => {
    for (const p of PRODUCTS) {
      const out = toProductInput(p, refs, { sku: (i) => catalogSku(p.handle, i) })
      expect(out.variants).toHaveLength(p.variants.length)
      expect(out.thumbnail).toBeUndefined()
    }
  })

  it("refuses a product whose category or tag is missing", () => {
    expect(() => toProductInput(byHandle("ba-kich"), { ...refs, categoryIdByGroup: {} }, { sku: () => "x" })).toThrow(/category/)
    expect(() => toProductInput(byHandle("ba-kich"), { ...refs, tagIdByValue: new Map() }, { sku: () => "x" })).toThrow(/tag/)
  })
})

describe("productTranslations", () => {
  it("translates the product, its option, option values and variants into English", () => {
    const product = byHandle("du-lich-lang-que-yen-duc")
    const t = productTranslations(product, {
      id: "prod_1",
      handle: product.handle,
      options: [{ id: "opt_1", title: "Loại vé", values: [{ id: "ov_1", value: "Người lớn" }, { id: "ov_2", value: "Trẻ em (6–12 tuổi)" }] }],
      variants: [{ id: "var_1", title: "Người lớn" }, { id: "var_2", title: "Trẻ em (6–12 tuổi)" }],
    })
    expect(t).toEqual([
      { reference: "product", reference_id: "prod_1", locale_code: EN_LOCALE, translations: { title: "Yên Đức village tour", description: product.description_en } },
      { reference: "product_option", reference_id: "opt_1", locale_code: EN_LOCALE, translations: { title: "Ticket" } },
      { reference: "product_option_value", reference_id: "ov_1", locale_code: EN_LOCALE, translations: { value: "Adult" } },
      { reference: "product_option_value", reference_id: "ov_2", locale_code: EN_LOCALE, translations: { value: "Child (6–12)" } },
      { reference: "product_variant", reference_id: "var_1", locale_code: EN_LOCALE, translations: { title: "Adult" } },
      { reference: "product_variant", reference_id: "var_2", locale_code: EN_LOCALE, translations: { title: "Child (6–12)" } },
    ])
  })
})

describe("categories", () => {
  it("has one category per group, handle = slug, Vietnamese name, English translation", () => {
    const cats = categoryInputs(GROUP_SLUGS)
    expect(cats.map((c) => c.handle)).toEqual([...GROUP_SLUGS])
    expect(cats[0]).toMatchObject({ name: "Thực phẩm", is_active: true, is_internal: false })
    expect(categoryTranslation("beverage", "pcat_b")).toEqual({
      reference: "product_category",
      reference_id: "pcat_b",
      locale_code: EN_LOCALE,
      translations: { name: "Beverages", description: "Group 2: Beverages" },
    })
  })
})

describe("what the OCOP workflows will accept", () => {
  const NOW = "2026-11-29"

  it("every catalog certificate passes the certificate workflow's rules", () => {
    for (const p of PRODUCTS) {
      const data = prepareCertificate(certificateInput(p, getSeedProducer(p.producer)!), NOW)
      expect(data.stars).toBe(p.certificate.stars)
      expect(data.commune_code).toBe(getSeedProducer(p.producer)!.commune_code)
    }
  })

  it("stores the two old certificates as expired and the rest as valid", () => {
    const statuses = PRODUCTS.map((p) => prepareCertificate(certificateInput(p, getSeedProducer(p.producer)!), NOW).status)
    expect(statuses.filter((s) => s === "expired")).toHaveLength(2)
  })

  it("every synthetic certificate passes too", () => {
    for (const p of syntheticBatch(0, 2_000)) {
      expect(prepareCertificate(certificateInput(p, syntheticProducer(p.producer_index)), NOW).status).toBe("valid")
    }
  })

  it("every catalog and synthetic producer passes the producer workflow's rules, active", () => {
    for (const producer of [...PRODUCERS, ...Array.from({ length: 300 }, (_, i) => syntheticProducer(i))]) {
      const data = prepareNewProducer(producerInput(producer))
      expect(data).toMatchObject({ handle: producer.handle, kind: producer.kind, status: "active" })
    }
  })
})
