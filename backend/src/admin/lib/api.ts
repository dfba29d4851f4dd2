// Calls our admin routes from the dashboard with the logged-in session cookie.

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message)
  }
}

export async function adminFetch<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new ApiError((data as { message?: string }).message ?? `HTTP ${res.status}`, res.status)
  return data as T
}

export type Reference = {
  groups: Array<{ slug: string; vi: string; en: string; sub_groups: Array<{ slug: string; vi: string; en: string }> }>
  units: Array<{ code: string; name: string; full_name: string; former: string[] }>
  issuing_levels: Array<{ value: string; vi: string; en: string }>
  producer_kinds: Array<{ value: string; vi: string; en: string }>
  producer_statuses: Array<{ value: string; vi: string; en: string }>
}

export type Certificate = {
  id: string
  stars: number
  score: number | null
  score_a: number | null
  score_b: number | null
  score_c: number | null
  group: string
  sub_group: string | null
  decision_number: string
  decision_date: string
  issuing_level: string
  issuing_authority: string
  expires_at: string
  status: string
  status_reason: string | null
  sample_data: boolean
  commune_code: string
  commune_name: string | null
  historic_locality: string | null
  validity: string
  days_until_expiry: number
}

export type ProducerSummary = { id: string; handle: string; display_name: string; legal_name: string; status: string }

export type Producer = ProducerSummary & {
  kind: string
  status_reason: string | null
  commune_code: string | null
  commune_name: string | null
  historic_locality: string | null
  email: string | null
  phone: string | null
  website: string | null
  tax_code: string | null
  commission_rate: number
  sample_data: boolean
  product_count?: number
}

/** "2025-01-17T00:00:00.000Z" → "2025-01-17" (dates are calendar days stored at midnight UTC). */
export function day(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : ""
}

/** "2025-01-17" → "17/01/2025". */
export function viDate(value: string | null | undefined): string {
  const d = day(value)
  if (!d) return "—"
  const [y, m, dd] = d.split("-")
  return `${dd}/${m}/${y}`
}

export const VALIDITY_BADGE: Record<string, { color: "green" | "orange" | "red" | "grey" | "blue"; label: string }> = {
  valid: { color: "green", label: "Còn hiệu lực" },
  expiring: { color: "orange", label: "Sắp hết hạn" },
  expired: { color: "red", label: "Hết hạn" },
  revoked: { color: "red", label: "Đã thu hồi" },
  pending_verification: { color: "blue", label: "Chờ xác minh" },
}

export const PRODUCER_STATUS_BADGE: Record<string, { color: "green" | "orange" | "red" | "grey"; label: string }> = {
  pending: { color: "orange", label: "Chờ duyệt" },
  active: { color: "green", label: "Đang hoạt động" },
  suspended: { color: "red", label: "Tạm ngừng" },
}
