/** The OCOP product index (src/search/product.ts); "product" so Medusa's POST /store/search serves it too. */
export const PRODUCT_INDEX = "product"
