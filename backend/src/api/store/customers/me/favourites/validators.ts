import { z } from "@medusajs/framework/zod"

const productId = z.string({ message: "product_id: give a product id" }).trim().min(1, "product_id: give a product id").max(100, "product_id: not a product id")

/** One product (the heart), or a guest's list merged at login (`product_ids`, at most 100). */
export const StoreAddFavourites = z
  .object({
    product_id: productId.optional(),
    product_ids: z.array(productId).max(100, "product_ids: at most 100 products at once").optional(),
  })
  .strict()
  .refine((b) => !!b.product_id || !!b.product_ids?.length, { message: "product_id: give a product id (or product_ids)" })
export type StoreAddFavouritesType = z.infer<typeof StoreAddFavourites>
