import { Button, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "./api"

// Buyers' reviews in the dashboard (issue #18): the list page and the product widget share the
// loading and the rows. The text is rendered by React as text: HTML a buyer typed is never run.

export type AdminReview = {
  id: string
  product_id: string
  author_name: string
  rating: number
  content: string
  images: string[]
  status: "visible" | "hidden"
  created_at: string
  reply: { content: string } | null
  reports: Array<{ id: string; reason: string; created_at: string }>
}

export const REVIEW_COLUMNS = ["Đánh giá của người mua", "Báo cáo", "Trạng thái"] as const

/** GET /admin/reviews with the given filters, again after each hide or restore. */
export function useReviews(filters: Record<string, string>) {
  const [rows, setRows] = useState<AdminReview[]>([])
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const query = new URLSearchParams({ limit: "100", ...filters }).toString()
  const load = useCallback(async () => {
    const data = await adminFetch<{ reviews: AdminReview[]; count: number }>(`/admin/reviews?${query}`)
    setRows(data.reviews)
    setCount(data.count)
    setError(null)
  }, [query])
  useEffect(() => {
    load().catch((e: Error) => setError(e.message))
  }, [load])
  return { rows, count, error, load }
}

export function ReviewRow({ review, onDone }: { review: AdminReview; onDone: () => void }) {
  const hidden = review.status === "hidden"
  const toggle = async () => {
    try {
      await adminFetch(`/admin/reviews/${review.id}`, { method: "POST", body: { status: hidden ? "visible" : "hidden" } })
      toast.success(hidden ? "Đã hiện lại đánh giá" : "Đã ẩn đánh giá: nó không còn được tính vào điểm trung bình")
      onDone()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <Table.Row>
      <Table.Cell className="max-w-md whitespace-normal">
        <Text size="small" weight="plus">
          {"★".repeat(review.rating)}
          {"☆".repeat(5 - review.rating)} · {review.author_name} · {new Date(review.created_at).toLocaleDateString("vi-VN")}
        </Text>
        <Text size="small" className="break-words">
          {review.content}
        </Text>
        {review.images.length > 0 && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {review.images.length} ảnh
          </Text>
        )}
        {review.reply && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            Chủ thể trả lời: {review.reply.content}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="max-w-xs whitespace-normal">
        {review.reports.length === 0
          ? "—"
          : review.reports.map((r) => (
              <Text key={r.id} size="xsmall">
                {r.reason}
              </Text>
            ))}
      </Table.Cell>
      <Table.Cell>
        <StatusBadge color={hidden ? "grey" : "green"}>{hidden ? "Đã ẩn" : "Đang hiện"}</StatusBadge>
      </Table.Cell>
      <Table.Cell>
        <div className="flex justify-end">
          <Button size="small" variant="secondary" onClick={() => void toggle()}>
            {hidden ? "Hiện lại" : "Ẩn"}
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}
