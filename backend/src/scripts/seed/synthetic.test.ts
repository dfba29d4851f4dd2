import {
  certificateStatus,
  findUnitsByName,
  getUnit,
  isSubGroupOf,
  isVndAmount,
  producerKindFromLegalName,
  validateCertificate,
} from "@ocop/core"
import { describe, expect, it } from "vitest"
import { PRODUCERS, PRODUCTS } from "./catalog-data"
import {
  DEFAULT_SEED,
  mulberry32,
  parseSyntheticArgs,
  producerPoolSize,
  progressBar,
  scriptArgs,
  syntheticBatch,
  syntheticProducer,
  syntheticProduct,
} from "./synthetic"
import { PRODUCT_TYPES } from "./synthetic-types"

const N = 5_000
const products = syntheticBatch(0, N)

describe("synthetic generator", () => {
  it("is deterministic: same seed, same products", () => {
    expect(syntheticBatch(0, 300)).toEqual(products.slice(0, 300))
    expect(syntheticProduct(1234)).toEqual(products[1234])
    expect(syntheticProducer(7)).toEqual(syntheticProducer(7, DEFAULT_SEED))
  })

  it("gives the same product whichever batch it is generated in", () => {
    expect(syntheticBatch(2_400, 2_600)).toEqual(products.slice(2_400, 2_600))
  })

  it("extends a smaller catalog: its products do not depend on the total", () => {
    // A load of 2,000 then one of 5,000 must agree on the first 2,000 (same handles and SKUs).
    expect(syntheticBatch(0, 2_000)).toEqual(products.slice(0, 2_000))
  })

  it("uses exactly the producer pool of its size, every producer with products", () => {
    const pool = producerPoolSize(N)
    const used = new Set(products.map((p) => p.producer_index))
    expect(Math.max(...used)).toBeLessThan(pool)
    expect(used.size).toBeGreaterThan(pool * 0.9)
  })

  it("gives different products for another seed", () => {
    const other = syntheticBatch(0, 100, 42)
    expect(other.map((p) => p.title_vi)).not.toEqual(products.slice(0, 100).map((p) => p.title_vi))
    expect(other.every((p) => /-s[0-9a-z]+-\d+$/.test(p.handle))).toBe(true)
  })

  it("makes unique handles and SKU-able products, distinct from the catalog's", () => {
    const handles = new Set(products.map((p) => p.handle))
    expect(handles.size).toBe(N)
    for (const p of PRODUCTS) expect(handles.has(p.handle)).toBe(false)
    for (const h of handles) expect(h).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it("gives every product a valid, in-force certificate", () => {
    for (const p of products) {
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
      expect(certificateStatus(c.decision_date, "2026-11-29"), p.handle).toBe("valid")
      expect(c.sample_data).toBe(true)
    }
  })

  it("rates mostly 3 stars, some 4 and a few 5, like Quảng Ninh", () => {
    const share = (s: number) => products.filter((p) => p.certificate.stars === s).length / N
    expect(share(3)).toBeGreaterThan(0.65)
    expect(share(4)).toBeGreaterThan(0.15)
    expect(share(5)).toBeGreaterThan(0.005)
    expect(share(5)).toBeLessThan(0.05)
  })

  it("uses real product types, groups and sub-groups, and all six groups", () => {
    const keys = new Set(PRODUCT_TYPES.map((t) => t.key))
    for (const p of products) {
      expect(keys.has(p.type_key)).toBe(true)
      expect(isSubGroupOf(p.group, p.sub_group)).toBe(true)
    }
    expect(new Set(products.map((p) => p.group)).size).toBe(6)
  })

  it("prices in whole đồng with one or two variants", () => {
    for (const p of products) {
      expect(p.variants.length).toBeGreaterThanOrEqual(1)
      expect(p.variants.length).toBeLessThanOrEqual(2)
      expect(new Set(p.variants.map((v) => v.value.vi)).size).toBe(p.variants.length)
      for (const v of p.variants) {
        expect(isVndAmount(v.price)).toBe(true)
        expect(v.price % 1_000).toBe(0)
        expect(v.stock).toBeGreaterThan(0)
      }
    }
  })

  it("names products after a real place of their producer", () => {
    for (const p of products.slice(0, 500)) {
      const producer = syntheticProducer(p.producer_index)
      expect(p.producer).toBe(producer.handle)
      const unit = getUnit(producer.commune_code)!
      const places = [unit.name, ...unit.formerCommunes.map((c) => c.name), ...unit.formerDistricts.map((d) => d.name)]
      expect(places.some((place) => p.title_vi.includes(place)), p.title_vi).toBe(true)
    }
  })
})

describe("synthetic producers", () => {
  const pool = Array.from({ length: producerPoolSize(N) }, (_, i) => syntheticProducer(i))

  it("has about 25 products per producer, at least 20 producers", () => {
    expect(producerPoolSize(10)).toBe(20)
    expect(producerPoolSize(20_000)).toBe(800)
    expect(producerPoolSize(100_000)).toBe(2_000)
  })

  it("has unique handles, distinct from the catalog's", () => {
    const handles = new Set(pool.map((p) => p.handle))
    expect(handles.size).toBe(pool.length)
    for (const p of PRODUCERS) expect(handles.has(p.handle)).toBe(false)
  })

  it("sits in a current unit that its historic locality resolves to", () => {
    for (const p of pool) {
      expect(getUnit(p.commune_code)).toBeDefined()
      expect(findUnitsByName(p.historic_locality).map((u) => u.code), p.historic_locality).toContain(p.commune_code)
    }
  })

  it("makes only known product types of its own group", () => {
    const types = new Map(PRODUCT_TYPES.map((t) => [t.key, t]))
    for (let i = 0; i < 2_000; i++) {
      const p = syntheticProducer(i)
      expect(p.type_keys.length).toBeGreaterThan(0)
      for (const key of p.type_keys) expect(types.get(key)?.group, `${p.handle} ${key}`).toBe(p.group)
    }
    for (const p of products) expect(syntheticProducer(p.producer_index).type_keys).toContain(p.type_key)
  })

  it("has a kind matching its legal name and sample contacts", () => {
    for (const p of pool) {
      expect(producerKindFromLegalName(p.legal_name), p.legal_name).toBe(p.kind)
      expect(p.email).toMatch(/@example\.vn$/)
      expect(p.phone).toMatch(/^\+?[0-9 .()-]{8,20}$/)
      expect(p.sample_data).toBe(true)
    }
  })
})

describe("helpers", () => {
  it("mulberry32 is deterministic and in [0, 1)", () => {
    const a = mulberry32(1)
    const b = mulberry32(1)
    for (let i = 0; i < 100; i++) {
      const x = a()
      expect(x).toBe(b())
      expect(x >= 0 && x < 1).toBe(true)
    }
  })

  it("parseSyntheticArgs reads the forms medusa exec passes", () => {
    expect(parseSyntheticArgs(["--products", "2000"]).products).toBe(2000)
    expect(parseSyntheticArgs(["--products=20000"]).products).toBe(20000)
    expect(parseSyntheticArgs(["products=300"]).products).toBe(300)
    expect(parseSyntheticArgs(["500"]).products).toBe(500)
    expect(parseSyntheticArgs([], { SYNTHETIC_PRODUCTS: "40" }).products).toBe(40)
    expect(parseSyntheticArgs([])).toEqual({ products: 1000, seed: DEFAULT_SEED, batch: 200, concurrency: 2 })
    expect(parseSyntheticArgs(["--products", "10", "--seed", "7", "--batch", "50", "concurrency=1"])).toEqual({
      products: 10,
      seed: 7,
      batch: 50,
      concurrency: 1,
    })
    expect(() => parseSyntheticArgs(["--products", "100001"])).toThrow(RangeError)
    expect(() => parseSyntheticArgs(["--products", "abc"])).toThrow(RangeError)
  })

  it("scriptArgs adds what medusa exec left after --", () => {
    const argv = ["/usr/bin/node", "/x/.bin/medusa", "exec", "./src/scripts/seed-synthetic.ts", "--", "--products", "2000"]
    expect(scriptArgs([], argv)).toEqual(["--products", "2000"])
    expect(scriptArgs(["products=5"], ["node", "medusa", "exec", "f", "products=5"])).toEqual(["products=5"])
    expect(parseSyntheticArgs(scriptArgs([], argv)).products).toBe(2000)
  })

  it("progressBar draws a plain text bar", () => {
    expect(progressBar(4000, 20000, 152.4, 10)).toBe("[##........] 4000/20000 152/s")
    expect(progressBar(0, 10, 0, 4)).toBe("[....] 0/10 0/s")
    expect(progressBar(10, 10, 9.6, 4)).toBe("[####] 10/10 10/s")
  })
})
