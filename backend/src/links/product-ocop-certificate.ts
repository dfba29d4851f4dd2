import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import OcopModule from "../modules/ocop"

/**
 * product ↔ ocop_certificate, one to one: `product.ocop_certificate` and
 * `ocop_certificate.product` in query.graph and in `fields=*ocop_certificate`.
 * A certificate belongs to its product: deleting the product deletes it (no orphan rows
 * left in the admin's certificate lists).
 */
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.ocopCertificate,
  deleteCascade: true,
})
