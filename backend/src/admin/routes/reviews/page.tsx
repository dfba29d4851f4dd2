import { defineRouteConfig } from "@medusajs/admin-sdk"
import { StarSolid } from "@medusajs/icons"
import { useState } from "react"
import { ListPage } from "../../lib/list-page"
import { OptionSelect } from "../../lib/option-select"
import { REVIEW_COLUMNS, ReviewRow, useReviews } from "../../lib/reviews"

// Moderation of buyers' reviews: the reported ones first to look at, hide (they leave every
// count and average on the store) or restore.

const FILTERS = [
  { value: "reported", label: "Bị báo cáo" },
  { value: "all", label: "Tất cả" },
  { value: "visible", label: "Đang hiện" },
  { value: "hidden", label: "Đã ẩn" },
]

function filtersFor(choice: string): Record<string, string> {
  if (choice === "reported") return { reported: "true" }
  if (choice === "all") return {}
  return { status: choice }
}

const ReviewsPage = () => {
  const [filter, setFilter] = useState("reported")
  const { rows, count, error, load } = useReviews(filtersFor(filter))
  return (
    <ListPage
      title="Đánh giá của người mua"
      summary={`${count} đánh giá`}
      controls={<OptionSelect value={filter} onChange={setFilter} options={FILTERS} />}
      error={error}
      columns={REVIEW_COLUMNS}
    >
      {rows.map((review) => (
        <ReviewRow key={review.id} review={review} onDone={() => void load()} />
      ))}
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "Đánh giá",
  icon: StarSolid,
})

export default ReviewsPage
