// The development catalog: real Quảng Ninh OCOP products from the domain notes (with their real
// names, producers and places) and sample products, so that every group and every former
// district shows up. The data lives in ./catalog/*; this module gathers it and answers lookups.

import { FOOD_PRODUCTS } from "./catalog/products-food"
import {
  BEVERAGE_PRODUCTS,
  HANDICRAFT_PRODUCTS,
  HERBAL_PRODUCTS,
  ORNAMENTAL_PRODUCTS,
  TOURISM_PRODUCTS,
} from "./catalog/products-other"
import { PRODUCERS } from "./catalog/producers"
import type { CatalogProduct, SeedProducer } from "./catalog/types"

export type { CatalogProduct, LocalizedText, SeedCertificate, SeedProducer, SeedProduct, SeedVariant } from "./catalog/types"
export { ROUNDS } from "./catalog/certificates"
export { PRODUCERS }

export const PRODUCTS: readonly CatalogProduct[] = [
  ...FOOD_PRODUCTS,
  ...BEVERAGE_PRODUCTS,
  ...HERBAL_PRODUCTS,
  ...HANDICRAFT_PRODUCTS,
  ...ORNAMENTAL_PRODUCTS,
  ...TOURISM_PRODUCTS,
]

const producerByHandle = new Map(PRODUCERS.map((p) => [p.handle, p]))

export function getSeedProducer(handle: string): SeedProducer | undefined {
  return producerByHandle.get(handle)
}

/** Stock-keeping unit of a catalog variant: unique, stable across runs. */
export function catalogSku(productHandle: string, variantIndex: number): string {
  return `OCOP-${productHandle.toUpperCase()}-${variantIndex + 1}`
}
