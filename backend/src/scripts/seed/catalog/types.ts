// Types of the development catalog: real Quảng Ninh OCOP products (from the domain notes)
// and sample ones, with their producers and certificates. Pure data, no Medusa imports.

import type { GroupSlug, IssuingLevel, ProducerKind, SubGroupSlug } from "@ocop/core"

export type SeedProducer = {
  /** slugify(display_name). */
  handle: string
  legal_name: string
  display_name: string
  kind: ProducerKind
  /** One of the 54 current units (ocop-core places): the unit the historic locality merged into. */
  commune_code: string
  /** As printed on older labels and certificates, e.g. "xã Đạp Thanh, huyện Ba Chẽ". */
  historic_locality: string
  /**
   * "commune" when the historic locality names the old commune; "district" when only the old
   * district is known and commune_code is a unit of that district chosen for the seed.
   */
  locality_precision: "commune" | "district"
  story_vi: string
  story_en: string
  /** Always sample contacts (example.vn, 0900 000 …): never a real number or mailbox. */
  phone: string
  email: string
  /** True when the producer itself (name, kind or place) is made up for the seed. */
  sample_data: boolean
}

export type SeedCertificate = {
  stars: 3 | 4 | 5
  /**
   * Out of 100, consistent with stars (5: 90–100, 4: 70–89, 3: 50–69); null where the real
   * decision is known but its points are not (press reports rarely print them).
   */
  score: number | null
  decision_number: string
  /** YYYY-MM-DD, the signing date; valid 36 months from it. */
  decision_date: string
  issuing_level: IssuingLevel
  issuing_authority: string
  /** False only where the domain notes give the real decision. */
  sample_data: boolean
}

export type LocalizedText = { vi: string; en: string }

export type SeedVariant = {
  /** The option value, e.g. { vi: "250 g", en: "250 g" }. */
  value: LocalizedText
  /** Whole đồng. */
  price: number
  stock: number
  /** Grams, for shipping estimates; omitted for experiences. */
  weight?: number
}

export type SeedProduct<G extends GroupSlug = GroupSlug> = {
  handle: string
  title_vi: string
  title_en: string
  description_vi: string
  description_en: string
  group: G
  sub_group: SubGroupSlug<G>
  /** Handle of a SeedProducer. */
  producer: string
  certificate: SeedCertificate
  /** The one product option, e.g. { vi: "Khối lượng", en: "Weight" }. */
  option: LocalizedText
  variants: SeedVariant[]
  tags: string[]
  /** True for the products listed in the domain notes' table of real Quảng Ninh OCOP products. */
  from_domain_table: boolean
}

/** A product of any group, with its sub-group checked against that group. */
export type CatalogProduct = { [G in GroupSlug]: SeedProduct<G> }[GroupSlug]
