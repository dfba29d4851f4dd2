import {
  GROUP_SLUGS,
  certificateStatus,
  expectedIssuingLevels,
  findUnitsByName,
  foldForSearch,
  formerDistricts,
  getUnit,
  isSubGroupOf,
  isVndAmount,
  producerKindFromLegalName,
  slugify,
  validateCertificate,
  type FormerDistrict,
} from "@ocop/core"
import { describe, expect, it } from "vitest"
import { PRODUCERS, PRODUCTS, catalogSku, getSeedProducer } from "./catalog-data"

/** The day the catalog's validity mix was planned for. */
const TODAY = "2026-11-29"

/** The domain notes' table of real Quảng Ninh OCOP products: title, producer (legal name or null when unnamed), old district, stars. */
const DOMAIN_TABLE: Array<{ title: string; producer: string | null; district: string; stars: number[]; commune?: string }> = [
  { title: "Ngọc trai Akoya – ngọc trai Hạ Long", producer: "Công ty Cổ phần Ngọc trai Hạ Long", district: "Hạ Long", stars: [5] },
  { title: "Ngọc trai Tahiti – ngọc trai Hạ Long", producer: "Công ty Cổ phần Ngọc trai Hạ Long", district: "Hạ Long", stars: [5] },
  { title: "Ngọc trai Southsea – ngọc trai Hạ Long", producer: "Công ty Cổ phần Ngọc trai Hạ Long", district: "Hạ Long", stars: [5] },
  { title: "Trà hoa vàng Quy Hoa", producer: "Công ty TNHH Thương mại dịch vụ và Xuất nhập khẩu Quy Hoa", district: "Hải Hà", stars: [5] },
  { title: "Trà hoa vàng Ba Chẽ", producer: "Công ty Cổ phần Kinh doanh Lâm sản Đạp Thanh", district: "Ba Chẽ", stars: [5], commune: "Đạp Thanh" },
  { title: "Rượu ba kích Ba Chẽ", producer: "Hợp tác xã Kinh doanh dịch vụ lâm sản ngoài gỗ Ba Chẽ", district: "Ba Chẽ", stars: [4] },
  { title: "Rượu nấm lim xanh Ba Chẽ", producer: "Hợp tác xã Kinh doanh dịch vụ lâm sản ngoài gỗ Ba Chẽ", district: "Ba Chẽ", stars: [4] },
  { title: "Nước khoáng Quang Hanh", producer: "Công ty Cổ phần Nước khoáng Quang Hanh", district: "Cẩm Phả", stars: [4] },
  { title: "Trứng vịt biển Đồng Rui", producer: "Hợp tác xã Chăn nuôi và Dịch vụ Đồng Tiến", district: "Tiên Yên", stars: [4], commune: "Đồng Rui" },
  { title: "Nấm kim châm", producer: "Công ty TNHH Long Hải", district: "Đông Triều", stars: [4] },
  { title: "Nấm đùi gà", producer: "Công ty TNHH Long Hải", district: "Đông Triều", stars: [4] },
  { title: "Mực ống Cô Tô khô", producer: null, district: "Cô Tô", stars: [4] },
  { title: "Miến dong Bình Liêu", producer: "Hợp tác xã Phát triển Đình Trung", district: "Bình Liêu", stars: [4], commune: "Húc Động" },
  { title: "Chè Đường Hoa", producer: "Công ty TNHH Thuấn Quỳnh", district: "Hải Hà", stars: [4] },
  { title: "Gà Tiên Yên", producer: "Công ty Cổ phần Phát triển Chăn nuôi và Nông - Lâm - Ngư nghiệp Phúc Long", district: "Tiên Yên", stars: [3, 4], commune: "Đông Ngũ" },
  { title: "Chả mực Hạ Long", producer: "Hộ kinh doanh Mạnh Hà", district: "Hạ Long", stars: [4] },
  { title: "Ruốc hàu", producer: "Công ty TNHH Hải sản Vân Đồn", district: "Vân Đồn", stars: [3, 4] },
  { title: "Ruốc tôm", producer: "Công ty TNHH Hải sản Vân Đồn", district: "Vân Đồn", stars: [3, 4] },
  { title: "Nước mắm Cái Rồng", producer: null, district: "Vân Đồn", stars: [3, 4] },
  { title: "Nước mắm sá sùng", producer: "Công ty Vanbest", district: "Vân Đồn", stars: [3, 4] },
  { title: "Thịt lợn Móng Cái", producer: "Hợp tác xã Nông nghiệp hữu cơ An Lộc", district: "Móng Cái", stars: [3], commune: "Quảng Nghĩa" },
  { title: "Trà giảo cổ lam", producer: "Công ty Cổ phần Dược liệu Đông Bắc", district: "Cẩm Phả", stars: [3, 4] },
  { title: "Ba kích", producer: "Công ty Cổ phần Dược liệu Đông Bắc", district: "Cẩm Phả", stars: [3, 4] },
  { title: "Đông trùng hạ thảo khô", producer: "Hộ kinh doanh Phương Thùy", district: "", stars: [4] },
  { title: "Mật ong Bình Liêu", producer: "Hợp tác xã Phát triển Xanh", district: "Bình Liêu", stars: [3], commune: "Lục Hồn" },
  { title: "Gạo nếp cái hoa vàng Đông Triều", producer: null, district: "Đông Triều", stars: [3] },
  { title: "Gốm Đông Triều", producer: null, district: "Đông Triều", stars: [3, 4] },
  { title: "Du lịch làng quê Yên Đức", producer: null, district: "Đông Triều", stars: [3], commune: "Yên Đức" },
  { title: "Thiên đường hoa Quảng La", producer: null, district: "Hạ Long", stars: [3] },
]

/** The former district a locality as printed names ("xã Đạp Thanh, huyện Ba Chẽ" → Ba Chẽ). */
function districtOf(locality: string): FormerDistrict | undefined {
  const folded = foldForSearch(locality)
  return formerDistricts().find((d) => folded.endsWith(foldForSearch(d.name)))
}

function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0).length
}

describe("catalog data: size and coverage", () => {
  it("has at least 60 products from at least 25 producers", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(60)
    expect(PRODUCERS.length).toBeGreaterThanOrEqual(25)
  })

  it("covers all six groups", () => {
    expect(new Set(PRODUCTS.map((p) => p.group))).toEqual(new Set(GROUP_SLUGS))
  })

  it("covers at least 10 of the 13 former districts", () => {
    const districts = new Set(PRODUCERS.map((p) => districtOf(p.historic_locality)?.slug))
    districts.delete(undefined)
    expect(districts.size).toBeGreaterThanOrEqual(10)
  })

  it("has every product of the domain notes' table with its real name, producer and place", () => {
    for (const row of DOMAIN_TABLE) {
      const product = PRODUCTS.find((p) => p.title_vi === row.title)
      expect(product, row.title).toBeDefined()
      expect(product!.from_domain_table, row.title).toBe(true)
      const producer = getSeedProducer(product!.producer)!
      if (row.producer) expect(producer.legal_name, row.title).toBe(row.producer)
      if (row.district) expect(districtOf(producer.historic_locality)?.name, row.title).toBe(row.district)
      if (row.commune) expect(producer.historic_locality, row.title).toContain(row.commune)
      expect(row.stars, row.title).toContain(product!.certificate.stars)
    }
    expect(PRODUCTS.filter((p) => p.from_domain_table)).toHaveLength(DOMAIN_TABLE.length)
  })
})

describe("catalog data: producers", () => {
  it("have unique handles made by slugify from the display name", () => {
    expect(new Set(PRODUCERS.map((p) => p.handle)).size).toBe(PRODUCERS.length)
    for (const p of PRODUCERS) expect(p.handle).toBe(slugify(p.display_name))
  })

  it("have a kind matching how the legal name starts", () => {
    for (const p of PRODUCERS) expect(producerKindFromLegalName(p.legal_name), p.legal_name).toBe(p.kind)
  })

  it("sit in the current unit that their historic locality merged into", () => {
    for (const p of PRODUCERS) {
      const unit = getUnit(p.commune_code)
      expect(unit, `${p.handle} ${p.commune_code}`).toBeDefined()
      const found = findUnitsByName(p.historic_locality).map((u) => u.code)
      expect(found.length, p.historic_locality).toBeGreaterThan(0)
      if (p.locality_precision === "commune") {
        expect(found[0], p.historic_locality).toBe(p.commune_code)
      } else {
        expect(found, p.historic_locality).toContain(p.commune_code)
        // A district-only locality names no commune, only a former district.
        expect(districtOf(p.historic_locality), p.historic_locality).toBeDefined()
      }
    }
  })

  it("have plain two-to-three-sentence stories in both languages", () => {
    for (const p of PRODUCERS) {
      for (const story of [p.story_vi, p.story_en]) {
        expect(sentences(story), story).toBeGreaterThanOrEqual(2)
        expect(sentences(story), story).toBeLessThanOrEqual(3)
      }
    }
  })

  it("have only sample contacts", () => {
    for (const p of PRODUCERS) {
      expect(p.email).toMatch(/@example\.vn$/)
      expect(p.phone).toMatch(/^0000 000 \d{3}$/)
    }
  })

  it("each make at least one product, and every product's producer exists", () => {
    for (const p of PRODUCTS) expect(getSeedProducer(p.producer), p.handle).toBeDefined()
    for (const p of PRODUCERS) expect(PRODUCTS.some((x) => x.producer === p.handle), p.handle).toBe(true)
  })
})

describe("catalog data: products", () => {
  it("have unique handles made by slugify from the Vietnamese title", () => {
    expect(new Set(PRODUCTS.map((p) => p.handle)).size).toBe(PRODUCTS.length)
    for (const p of PRODUCTS) expect(p.handle).toBe(slugify(p.title_vi))
  })

  it("belong to a sub-group of their group", () => {
    for (const p of PRODUCTS) expect(isSubGroupOf(p.group, p.sub_group), `${p.handle} ${p.sub_group}`).toBe(true)
  })

  it("have texts in both languages", () => {
    for (const p of PRODUCTS) {
      for (const t of [p.title_vi, p.title_en, p.description_vi, p.description_en]) expect(t.trim().length).toBeGreaterThan(0)
      expect(p.title_en).not.toBe(p.title_vi)
    }
  })

  it("have variants with distinct option values, whole-đồng prices and stock", () => {
    const skus = new Set<string>()
    for (const p of PRODUCTS) {
      expect(p.variants.length, p.handle).toBeGreaterThanOrEqual(1)
      expect(new Set(p.variants.map((v) => v.value.vi)).size, p.handle).toBe(p.variants.length)
      expect(new Set(p.variants.map((v) => v.value.en)).size, p.handle).toBe(p.variants.length)
      p.variants.forEach((v, i) => {
        expect(isVndAmount(v.price), `${p.handle} ${v.price}`).toBe(true)
        expect(v.price).toBeGreaterThanOrEqual(1_000)
        expect(Number.isInteger(v.stock) && v.stock >= 0).toBe(true)
        if (p.group === "tourism") expect(v.weight).toBeUndefined()
        else expect(v.weight, p.handle).toBeGreaterThan(0)
        skus.add(catalogSku(p.handle, i))
      })
    }
    expect(skus.size).toBe(PRODUCTS.reduce((n, p) => n + p.variants.length, 0))
  })

  it("follow the domain notes' prices for golden camellia and dried squid", () => {
    const perKg = (handle: string, grams: number) => {
      const p = PRODUCTS.find((x) => x.handle === handle)!
      const v = p.variants.find((x) => x.weight === grams)!
      return (v.price * 1000) / grams
    }
    for (const h of ["tra-hoa-vang-ba-che", "tra-hoa-vang-quy-hoa"]) {
      expect(perKg(h, 100)).toBeGreaterThanOrEqual(13_000_000)
      expect(perKg(h, 100)).toBeLessThanOrEqual(15_000_000)
    }
    expect(perKg("muc-ong-co-to-kho", 1000)).toBeGreaterThanOrEqual(1_800_000)
    expect(perKg("muc-ong-co-to-kho", 1000)).toBeLessThanOrEqual(1_900_000)
  })
})

describe("catalog data: certificates", () => {
  it("all pass ocop-core's validateCertificate with a score matching the stars", () => {
    for (const p of PRODUCTS) {
      const c = p.certificate
      expect(
        validateCertificate({
          stars: c.stars,
          score: c.score ?? undefined,
          decisionNumber: c.decision_number,
          decisionDate: c.decision_date,
          issuingLevel: c.issuing_level,
        }),
        p.handle,
      ).toEqual([])
      expect(expectedIssuingLevels(c.stars, c.decision_date)).toContain(c.issuing_level)
      expect(c.issuing_authority.length).toBeGreaterThan(0)
    }
  })

  it("carry the real Trà hoa vàng Ba Chẽ decision, and mark every other one as sample data", () => {
    const bache = PRODUCTS.find((p) => p.handle === "tra-hoa-vang-ba-che")!.certificate
    expect(bache).toMatchObject({
      stars: 5,
      decision_number: "377/QĐ-BNN-VPĐP",
      decision_date: "2025-01-17",
      issuing_level: "national",
      sample_data: false,
    })
    // Its points were not published: no invented score next to a real decision.
    expect(bache.score).toBeNull()
    for (const p of PRODUCTS) {
      if (p.handle === "tra-hoa-vang-ba-che") continue
      expect(p.certificate.sample_data, p.handle).toBe(true)
      expect(p.certificate.score, p.handle).not.toBeNull()
    }
  })

  it("are mostly in force on the planned day, a few expiring and one or two expired", () => {
    const statuses = PRODUCTS.map((p) => certificateStatus(p.certificate.decision_date, TODAY))
    const count = (s: string) => statuses.filter((x) => x === s).length
    expect(count("not_yet_valid")).toBe(0)
    expect(count("expired")).toBeGreaterThanOrEqual(1)
    expect(count("expired")).toBeLessThanOrEqual(2)
    expect(count("expiring")).toBeGreaterThanOrEqual(2)
    expect(count("expiring")).toBeLessThanOrEqual(5)
    expect(count("valid")).toBeGreaterThan(PRODUCTS.length * 0.8)
    // In-force certificates were all signed after 2023-11 (36 months before the planned day).
    for (const p of PRODUCTS) {
      if (certificateStatus(p.certificate.decision_date, TODAY) !== "expired") {
        expect(p.certificate.decision_date >= "2023-12-01", p.handle).toBe(true)
      }
    }
  })

  it("never show a real product as expired", () => {
    for (const p of PRODUCTS.filter((x) => x.from_domain_table)) {
      expect(certificateStatus(p.certificate.decision_date, TODAY), p.handle).not.toBe("expired")
    }
  })
})
