// A deterministic generator of realistic synthetic OCOP products for load tests: real Quảng Ninh
// product types (./synthetic-types) × real places (ocop-core's 54 units and the communes merged
// into them) × generated producers, with VND prices, one or two variants and certificates that
// pass ocop-core's rules. Every product and producer is a pure function of (seed, index), so a
// run can be split into batches, resumed, or repeated, and always yields the same catalog.

import {
  expectedIssuingLevels,
  listUnits,
  slugify,
  type GroupSlug,
  type IssuingLevel,
  type ProducerKind,
  type Unit,
} from "@ocop/core"
import type { CatalogProduct, SeedCertificate, SeedProducer, SeedVariant } from "./catalog/types"
import { PRODUCT_TYPES } from "./synthetic-types"

export const DEFAULT_SEED = 20261129
export const MAX_SYNTHETIC_PRODUCTS = 100_000

/** Certificates are signed in this window, so they are in force from late 2026 for a good while. */
export const SYNTHETIC_DECISION_FROM = "2024-03-01"
export const SYNTHETIC_DECISION_TO = "2026-10-31"

export type SyntheticProducer = SeedProducer & {
  /** The group its products come from. */
  group: GroupSlug
  /** The product type keys it makes. */
  type_keys: readonly string[]
  index: number
}

export type SyntheticProduct = CatalogProduct & {
  index: number
  /** Key of the product type in PRODUCT_TYPES (shared by the type's picture). */
  type_key: string
  /** Index of its producer in the pool. */
  producer_index: number
}

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A well-mixed 32-bit seed for item `index` of stream `salt` (splitmix-style finaliser). */
function itemSeed(seed: number, salt: number, index: number): number {
  let h = (seed ^ Math.imul(salt, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

type Rng = { next: () => number; int: (n: number) => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean }

function rngFor(seed: number, salt: number, index: number): Rng {
  const next = mulberry32(itemSeed(seed, salt, index))
  const int = (n: number) => Math.floor(next() * n)
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p }
}

function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0)
  let r = rng.next() * total
  for (const [value, w] of items) {
    r -= w
    if (r < 0) return value
  }
  return items[items.length - 1]![0]
}

// ---------------------------------------------------------------------------
// Producers

const UNITS: readonly Unit[] = listUnits()
const TYPES_BY_GROUP = new Map<GroupSlug, (typeof PRODUCT_TYPES)[number][]>()
for (const t of PRODUCT_TYPES) TYPES_BY_GROUP.set(t.group, [...(TYPES_BY_GROUP.get(t.group) ?? []), t])
const TYPE_BY_KEY = new Map(PRODUCT_TYPES.map((t) => [t.key, t]))

const BRANDS = [
  "Hương Rừng", "Biển Xanh", "Đất Mỏ", "Sông Chanh", "Minh Châu", "An Khang", "Phúc Lộc", "Thanh Bình",
  "Hải Đăng", "Ngọc Lan", "Tâm An", "Hồng Phát", "Việt Hương", "Bình An", "Đông Hải", "Trường Xuân",
  "Kim Ngân", "Hoa Sen", "Vạn Phúc", "Quế Lâm", "Sơn Thủy", "Thiên Phú", "Bảo Ngọc", "Hà My",
] as const
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lương", "Nông", "Chu"] as const
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang"] as const
const GIVEN = ["An", "Bình", "Hà", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Thảo", "Tuấn", "Yến"] as const

type Field = { vi: string; en: string; /** Product type keys it makes; all of the group's when absent. */ types?: readonly string[] }

const FIELDS: Readonly<Record<GroupSlug, readonly Field[]>> = {
  food: [
    { vi: "Nông sản", en: "farm produce", types: ["nam-kim-cham", "nam-dui-ga", "gao-nep-cai-hoa-vang", "mang-kho", "mat-ong-rung", "mien-dong", "banh-gio", "hoa-hoi-kho", "que-kho"] },
    { vi: "Thủy sản", en: "seafood", types: ["hau-sua", "muc-kho", "tom-kho", "sa-sung-kho", "ca-kho", "cha-muc", "cha-ca", "ruoc-hau", "ruoc-tom", "nuoc-mam", "nuoc-mam-sa-sung", "mam-tom"] },
    { vi: "Chăn nuôi", en: "livestock", types: ["trung-vit-bien", "ga-doi", "thit-lon-ban", "khau-nhuc"] },
    { vi: "Chè", en: "tea", types: ["tra-hoa-vang", "che-xanh", "tra-hoa-vang-tui-loc"] },
    { vi: "Thực phẩm", en: "food" },
  ],
  beverage: [{ vi: "Rượu truyền thống", en: "traditional spirits", types: ["ruou-ba-kich", "ruou-nam-lim-xanh", "ruou-mo", "ruou-nep"] }, { vi: "Đồ uống", en: "drinks" }],
  herbal: [{ vi: "Dược liệu", en: "medicinal herbs" }, { vi: "Tinh dầu", en: "essential oils", types: ["tinh-dau-que", "tinh-dau-hoi", "tinh-dau-sa"] }],
  handicraft: [
    { vi: "Mây tre đan", en: "rattan and bamboo weaving", types: ["gio-may", "khay-tre", "dua-go"] },
    { vi: "Gốm", en: "pottery", types: ["binh-gom", "bo-am-chen"] },
    { vi: "Thổ cẩm", en: "brocade", types: ["tui-tho-cam", "khan-theu"] },
    { vi: "Thủ công mỹ nghệ", en: "handicrafts", types: ["tranh-than-da", "ngoc-trai-akoya", "dua-go", "binh-gom"] },
  ],
  ornamental: [{ vi: "Hoa cây cảnh", en: "flowers and ornamental plants" }],
  tourism: [{ vi: "Du lịch cộng đồng", en: "community tourism", types: ["du-lich-lang-que", "homestay-ban", "trai-nghiem-lang-nghe"] }, { vi: "Du lịch sinh thái", en: "eco-tourism", types: ["tour-sinh-thai-rung", "tham-quan-vuon"] }],
}

/** What the producer does, as the second sentence of its story. */
const WHAT_IT_DOES: Readonly<Record<GroupSlug, (f: Field) => [string, string]>> = {
  food: (f) => [`Cơ sở làm ${f.vi.toLowerCase()} từ nguyên liệu của địa phương.`, `It makes ${f.en} from local ingredients.`],
  beverage: (f) => [`Cơ sở làm ${f.vi.toLowerCase()} từ nguyên liệu của địa phương.`, `It makes ${f.en} from local ingredients.`],
  herbal: (f) => [`Cơ sở trồng và chế biến ${f.vi.toLowerCase()} của địa phương.`, `It grows and processes local ${f.en}.`],
  handicraft: (f) => [`Cơ sở làm hàng ${f.vi.toLowerCase()} thủ công.`, `It makes ${f.en} by hand.`],
  ornamental: (f) => [`Cơ sở ươm trồng ${f.vi.toLowerCase()}.`, `It grows ${f.en}.`],
  tourism: (f) => [`Cơ sở đón khách ${f.vi.toLowerCase()}.`, `It welcomes visitors for ${f.en}.`],
}

const KIND_WORDS: Readonly<Record<ProducerKind, { vi: string; en: string }>> = {
  company: { vi: "doanh nghiệp", en: "a company" },
  cooperative: { vi: "hợp tác xã", en: "a cooperative" },
  cooperative_group: { vi: "tổ hợp tác", en: "a cooperative group" },
  household: { vi: "hộ kinh doanh", en: "a household business" },
}

const GROUP_WEIGHTS: ReadonlyArray<readonly [GroupSlug, number]> = [
  ["food", 45], ["beverage", 10], ["herbal", 12], ["handicraft", 13], ["ornamental", 8], ["tourism", 12],
]
// Quảng Ninh in 2023: 55 companies, 85 cooperatives, 74 households (and a few cooperative groups).
const KIND_WEIGHTS: ReadonlyArray<readonly [ProducerKind, number]> = [
  ["company", 26], ["cooperative", 38], ["cooperative_group", 6], ["household", 30],
]

/** A place name for titles: the old commune's name, or the unit's when that has no number. */
function placeName(unit: Unit, commune: Unit["formerCommunes"][number] | undefined): string {
  if (commune && !/\d/.test(commune.name)) return commune.name
  return /\d/.test(unit.name) ? unit.formerDistricts[0]!.name : unit.name
}

function seedTag(seed: number): string {
  return seed === DEFAULT_SEED ? "" : `s${seed.toString(36)}-`
}

/** How many producers a synthetic catalog of `products` products gets: about 25 products each. */
export function producerPoolSize(products: number): number {
  return Math.min(2_000, Math.max(20, Math.ceil(products / 25)))
}

/** Producer `index` of the synthetic pool. */
export function syntheticProducer(index: number, seed: number = DEFAULT_SEED): SyntheticProducer {
  const rng = rngFor(seed, 1, index)
  const unit = rng.pick(UNITS)
  const commune = unit.formerCommunes.length ? rng.pick(unit.formerCommunes) : undefined
  const place = placeName(unit, commune)
  const group = weighted(rng, GROUP_WEIGHTS)
  const kind = weighted(rng, KIND_WEIGHTS)
  const fieldInfo = rng.pick(FIELDS[group])
  const field = fieldInfo.vi
  const brand = rng.pick(BRANDS)

  let legal_name: string
  let display_name: string
  switch (kind) {
    case "company":
      legal_name = rng.chance(0.5) ? `Công ty TNHH ${brand}` : `Công ty Cổ phần ${field} ${brand}`
      display_name = `${brand} ${place}`
      break
    case "cooperative":
      legal_name = `Hợp tác xã ${field} ${place}`
      display_name = `HTX ${field} ${place}`
      break
    case "cooperative_group":
      legal_name = `Tổ hợp tác ${field} ${place}`
      display_name = `THT ${field} ${place}`
      break
    case "household": {
      const person = `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`
      legal_name = `Hộ kinh doanh ${person}`
      display_name = `${brand} ${place}`
      break
    }
  }
  const handle = `${slugify(display_name)}-${seedTag(seed)}${index + 1}`
  const historic_locality = commune ? commune.label : unit.fullName
  const kindWords = KIND_WORDS[kind]
  const [does_vi, does_en] = WHAT_IT_DOES[group](fieldInfo)
  return {
    index,
    group,
    type_keys: fieldInfo.types ?? TYPES_BY_GROUP.get(group)!.map((t) => t.key),
    handle,
    legal_name,
    display_name,
    kind,
    commune_code: unit.code,
    historic_locality,
    locality_precision: commune ? "commune" : "district",
    story_vi:
      `${display_name} là ${kindWords.vi} ở ${historic_locality}, nay thuộc ${unit.fullName.charAt(0).toLowerCase()}${unit.fullName.slice(1)}. ` +
      `${does_vi} Đây là dữ liệu mẫu sinh tự động.`,
    story_en:
      `${display_name} is ${kindWords.en} in ${historic_locality}, now part of ${unit.fullName}. ` +
      `${does_en} This is generated sample data.`,
    phone: `0000 ${String(index).padStart(6, "0")}`,
    email: `${handle}@example.vn`,
    sample_data: true,
  }
}

// ---------------------------------------------------------------------------
// Certificates

const DAY_MS = 86_400_000
const FROM_DAY = Date.parse(`${SYNTHETIC_DECISION_FROM}T00:00:00Z`) / DAY_MS
const TO_DAY = Date.parse(`${SYNTHETIC_DECISION_TO}T00:00:00Z`) / DAY_MS
const MINISTRY_RENAMED = "2025-03-01"

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** A certificate for the product: 3★ 75%, 4★ 23%, 5★ 2%, as Quảng Ninh's 2025 count. */
export function syntheticCertificate(rng: Rng, producer: SyntheticProducer): SeedCertificate {
  const stars = weighted(rng, [[3, 75], [4, 23], [5, 2]] as const) as 3 | 4 | 5
  const band = stars === 5 ? [90, 100] : stars === 4 ? [70, 89] : [50, 69]
  const score = band[0]! + rng.int(band[1]! - band[0]! + 1)
  const decision_date = isoDay(FROM_DAY + rng.int(TO_DAY - FROM_DAY + 1))
  const levels = expectedIssuingLevels(stars, decision_date)
  const issuing_level: IssuingLevel = levels.includes("district") && rng.chance(0.3) ? "district" : levels[0]!
  // One decision certifies many products: the number follows from the day and the level.
  const sequence = 1 + (itemSeed(Number(decision_date.replaceAll("-", "")), issuing_level.length, 7) % 4_800)
  let decision_number: string
  let issuing_authority: string
  if (issuing_level === "national") {
    const renamed = decision_date >= MINISTRY_RENAMED
    decision_number = `${sequence}/QĐ-${renamed ? "BNNMT" : "BNN"}-VPĐP`
    issuing_authority = renamed ? "Bộ Nông nghiệp và Môi trường" : "Bộ Nông nghiệp và Phát triển nông thôn"
  } else if (issuing_level === "district") {
    const unit = UNITS.find((u) => u.code === producer.commune_code)!
    const district = unit.formerDistricts[0]!
    decision_number = `${sequence}/QĐ-UBND`
    issuing_authority = `UBND ${district.fullName.charAt(0).toLowerCase()}${district.fullName.slice(1)}`
  } else {
    decision_number = `${sequence}/QĐ-UBND`
    issuing_authority = "UBND tỉnh Quảng Ninh"
  }
  return { stars, score, decision_number, decision_date, issuing_level, issuing_authority, sample_data: true }
}

// ---------------------------------------------------------------------------
// Products

const NONE: readonly [string, string] = ["", ""]
const QUALIFIERS: Readonly<Record<GroupSlug, ReadonlyArray<readonly [string, string]>>> = {
  food: [NONE, NONE, NONE, NONE, NONE, ["loại đặc biệt", "premium"], ["hộp quà", "gift box"], ["truyền thống", "traditional"], ["hữu cơ", "organic"]],
  beverage: [NONE, NONE, NONE, NONE, ["hộp quà", "gift box"], ["truyền thống", "traditional"]],
  herbal: [NONE, NONE, NONE, NONE, ["hộp quà", "gift box"], ["hữu cơ", "organic"]],
  handicraft: [NONE, NONE, NONE, NONE, ["thủ công", "handmade"], ["hộp quà", "gift box"]],
  ornamental: [NONE],
  tourism: [NONE],
}


function roundPrice(amount: number): number {
  return Math.max(1_000, Math.round(amount / 1_000) * 1_000)
}

/**
 * Product `index` of the synthetic catalog. Pure: the same (index, seed) always gives the same
 * product, whatever the catalog's size, so a larger load extends a smaller one. Its producer is
 * one of the first producerPoolSize(index + 1) producers: a catalog of N products uses exactly
 * the pool producerPoolSize(N), the older producers having more products, as in real life.
 */
export function syntheticProduct(
  index: number,
  seed: number = DEFAULT_SEED,
  producerOf: (i: number) => SyntheticProducer = (i) => syntheticProducer(i, seed),
): SyntheticProduct {
  const rng = rngFor(seed, 2, index)
  const producer_index = rng.int(producerPoolSize(index + 1))
  const producer = producerOf(producer_index)
  const type = TYPE_BY_KEY.get(rng.pick(producer.type_keys))!
  const unit = UNITS.find((u) => u.code === producer.commune_code)!
  const commune = unit.formerCommunes.find((c) => c.label === producer.historic_locality)
  const place = rng.chance(0.8) ? placeName(unit, commune) : placeName(unit, rng.pick(unit.formerCommunes))
  const [qualifierVi, qualifierEn] = rng.pick(QUALIFIERS[type.group])

  const title_vi = `${type.vi} ${place}${qualifierVi ? ` ${qualifierVi}` : ""}`
  const title_en = `${place} ${type.en}${qualifierEn ? `, ${qualifierEn}` : ""}`
  const handle = `${slugify(title_vi)}-${seedTag(seed)}${index + 1}`

  const factor = 0.85 + rng.next() * 0.3
  const count = type.variants.length >= 2 && rng.chance(0.65) ? 2 : 1
  const variants: SeedVariant[] = type.variants.slice(0, count).map((v) => {
    const stock = type.group === "tourism" ? 200 + rng.int(800) : 5 + rng.int(400)
    const out: SeedVariant = { value: v.value, price: roundPrice(v.price * factor), stock }
    if (v.weight !== undefined) out.weight = v.weight
    return out
  })

  return {
    index,
    type_key: type.key,
    producer_index,
    handle,
    title_vi,
    title_en,
    description_vi: `${type.about_vi} Sản phẩm của ${producer.display_name}, ${producer.historic_locality}. Dữ liệu mẫu.`,
    description_en: `${type.about_en} Made by ${producer.display_name}, ${producer.historic_locality}. Sample data.`,
    group: type.group,
    sub_group: type.sub_group,
    producer: producer.handle,
    certificate: syntheticCertificate(rng, producer),
    option: type.option,
    variants,
    tags: [...type.tags],
    from_domain_table: false,
  } as SyntheticProduct
}

/** A memoising producer lookup for one (seed): producers are shared by many products. */
export function producerCache(seed: number = DEFAULT_SEED): (i: number) => SyntheticProducer {
  const cache = new Map<number, SyntheticProducer>()
  return (i) => {
    let p = cache.get(i)
    if (!p) {
      p = syntheticProducer(i, seed)
      cache.set(i, p)
    }
    return p
  }
}

/** Products [start, end) of the synthetic catalog. */
export function syntheticBatch(start: number, end: number, seed: number = DEFAULT_SEED, producerOf = producerCache(seed)): SyntheticProduct[] {
  const out: SyntheticProduct[] = []
  for (let i = start; i < end; i++) out.push(syntheticProduct(i, seed, producerOf))
  return out
}

// ---------------------------------------------------------------------------
// Command line and progress

export type SyntheticArgs = { products: number; seed: number; batch: number; concurrency: number }

/**
 * Reads `--products N`, `--products=N`, `products=N` or a bare `N` (and the same for --seed,
 * --batch and --concurrency) from the arguments `medusa exec` passes; falls back to
 * SYNTHETIC_PRODUCTS / 1000 products, SYNTHETIC_SEED, batches of 200, 2 batches at a time.
 */
export function parseSyntheticArgs(args: readonly string[] = [], env: Record<string, string | undefined> = {}): SyntheticArgs {
  const values: Record<string, string> = {}
  const bare: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = String(args[i])
    const m = /^(?:--?)?(products|seed|batch|concurrency)(?:=(.*))?$/.exec(arg)
    if (m) {
      values[m[1]!] = m[2] ?? String(args[++i] ?? "")
    } else {
      bare.push(arg)
    }
  }
  const number = (name: string, raw: string | undefined, fallback: number, max: number) => {
    if (raw === undefined || raw === "") return fallback
    const n = Number(raw.replaceAll("_", ""))
    if (!Number.isInteger(n) || n < 1 || n > max) throw new RangeError(`--${name} must be a whole number from 1 to ${max}; got "${raw}"`)
    return n
  }
  return {
    products: number("products", values.products ?? bare[0] ?? env.SYNTHETIC_PRODUCTS, 1_000, MAX_SYNTHETIC_PRODUCTS),
    seed: number("seed", values.seed ?? env.SYNTHETIC_SEED, DEFAULT_SEED, 2 ** 31 - 1),
    batch: number("batch", values.batch, 200, 1_000),
    concurrency: number("concurrency", values.concurrency, 2, 8),
  }
}

/**
 * The script's own arguments. `medusa exec FILE a b` passes ["a", "b"] as `args`, but its
 * argument parser is strict and refuses options it does not know (`--products 10` fails with
 * "Unknown argument"), unless they come after a `--`, where it drops them from `args`: those are
 * read back from process.argv here.
 */
export function scriptArgs(args: readonly string[] = [], argv: readonly string[] = []): string[] {
  const dashes = argv.indexOf("--")
  const afterDashes = dashes >= 0 && argv.includes("exec") ? argv.slice(dashes + 1) : []
  return [...args.map(String), ...afterDashes]
}

/** "[#####.....] 4000/20000 152/s" */
export function progressBar(done: number, total: number, perSecond: number, width = 30): string {
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${Math.round(perSecond)}/s`
}
