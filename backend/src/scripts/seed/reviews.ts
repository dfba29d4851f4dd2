// Demo buyers' reviews of the development seed (issue #18): the demo customer (customer@ocop.local)
// buys a few products of the demo producers through the store's own checkout workflows (cash on
// delivery), the producer ships them from its own location, the parcel is marked delivered, and the
// customer reviews what arrived; a producer answers one review. Run after the demo producer logins
// (seedDemoProducerAccounts). Idempotent: nothing is done once the demo customer has reviews.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REVIEWS_MODULE, type ReviewsModuleService } from "../../modules/reviews"
import { createReviewWorkflow, replyToReviewWorkflow } from "../../workflows/reviews"
import { DEMO_ACCOUNTS } from "./demo-accounts"
import type { FoundationRefs } from "./foundation"
import { markDelivered, placeCodOrder, shipProducerItems } from "./orders"

/**
 * What the demo customer thought of what arrived; `reply`: the producer's public answer. Each is
 * bought in its first variant by cash on delivery, so its price stays within the COD limit.
 */
export const DEMO_REVIEWS = [
  {
    product_handle: "tra-hoa-vang-ba-che",
    rating: 5,
    content: "Bông trà to, đều, pha ra nước vàng óng và thơm nhẹ. Đóng hộp chắc chắn, hợp làm quà Tết.",
    reply: "Cảm ơn chị Lan đã tin dùng trà hoa vàng Đạp Thanh! Chúc gia đình chị năm mới an khang.",
  },
  { product_handle: "tra-hoa-vang-ba-che", rating: 4, content: "Lần thứ hai mua, trà vẫn ngon; giao hàng chậm hơn lần trước một ngày." },
  { product_handle: "ngoc-trai-akoya-ngoc-trai-ha-long", rating: 5, content: "Ngọc tròn, ánh đẹp, có giấy chứng nhận kèm theo." },
  { product_handle: "ngoc-trai-tahiti-ngoc-trai-ha-long", rating: 4, content: "Đẹp như ảnh, hộp đựng sang. Giá hơi cao nhưng xứng đáng." },
] as const

type Logger = { info: (msg: string) => void; warn: (msg: string) => void }

/** One delivered cash-on-delivery order of one unit of the variant, placed by the customer. */
async function deliveredOrder(container: MedusaContainer, refs: FoundationRefs, customer: { id: string; email: string }, variantId: string, producerId: string) {
  const order = await placeCodOrder(container, refs, { customer_id: customer.id, email: customer.email }, [{ variant_id: variantId, quantity: 1 }])
  await markDelivered(container, order.id, await shipProducerItems(container, order.id, producerId))
  return order.id
}

export async function seedDemoReviews(container: MedusaContainer, refs: FoundationRefs): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: DEMO_ACCOUNTS.customer.email, has_account: true })
  if (!customer) {
    logger.warn("Demo reviews: no demo customer (seed the foundation first); skipped")
    return 0
  }
  if ((await reviews.listReviews({ customer_id: customer.id }, { take: 1 })).length) return 0
  let written = 0
  for (const demo of DEMO_REVIEWS) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "status", "variants.id", "producer.id"],
      filters: { handle: demo.product_handle },
    })
    const product = data[0] as { id: string; status: string; variants?: Array<{ id: string }>; producer?: { id: string } | null } | undefined
    const variantId = product?.variants?.[0]?.id
    if (!product || product.status !== "published" || !variantId || !product.producer) {
      logger.warn(`Demo reviews: product "${demo.product_handle}" is not on sale; skipped`)
      continue
    }
    await deliveredOrder(container, refs, { id: customer.id, email: customer.email }, variantId, product.producer.id)
    const { result: review } = await createReviewWorkflow(container).run({
      input: { customer_id: customer.id, product_id: product.id, rating: demo.rating, content: demo.content },
    })
    if ("reply" in demo) {
      await replyToReviewWorkflow(container).run({ input: { review_id: review.id, producer_id: product.producer.id, content: demo.reply } })
    }
    written++
  }
  logger.info(`Demo reviews: ${written} delivered orders of ${DEMO_ACCOUNTS.customer.email} reviewed`)
  return written
}
