import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { ErrorBanner } from "../lib/error-text"
import { REVIEW_COLUMNS, ReviewRow, useReviews } from "../lib/reviews"

/** The product's buyers' reviews, hidden ones included, with hide/restore. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { rows, count, error, load } = useReviews({ product_id: product.id })
  const visible = rows.filter((r) => r.status === "visible")
  const average = visible.length ? visible.reduce((s, r) => s + r.rating, 0) / visible.length : null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Đánh giá của người mua</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {count} đánh giá{average !== null ? ` · trung bình ${average.toFixed(1)}/5 (không tính đánh giá đã ẩn)` : ""}
        </Text>
      </div>
      <ErrorBanner error={error} />
      {rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              {REVIEW_COLUMNS.map((title) => (
                <Table.HeaderCell key={title}>{title}</Table.HeaderCell>
              ))}
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((review) => (
              <ReviewRow key={review.id} review={review} onDone={() => void load()} />
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductReviewsWidget
