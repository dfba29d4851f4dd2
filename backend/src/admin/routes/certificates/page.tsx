import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Button, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch, viDate, VALIDITY_BADGE, type Certificate } from "../../lib/api"
import { StatusCell, TwoLineCell } from "../../lib/list-cells"
import { ListPage } from "../../lib/list-page"
import { OptionSelect } from "../../lib/option-select"

type Row = Certificate & {
  product?: { id: string; title: string; handle: string; status: string; producer?: { id: string; display_name: string } | null } | null
  /** A producer's request (src/api/producer): "new" certificate or "change" of the one in force. */
  metadata?: { ocop_request?: { kind: "new" | "change"; previous_stars: number | null } } | null
}

const FILTERS = [
  { value: "expiring", label: "Sắp hết hạn (90 ngày)" },
  { value: "expired", label: "Hết hạn" },
  { value: "valid", label: "Còn hiệu lực" },
  { value: "revoked", label: "Đã thu hồi" },
  { value: "pending_verification", label: "Chờ xác minh" },
  { value: "all", label: "Tất cả" },
]

const CertificatesPage = () => {
  const [filter, setFilter] = useState("expiring")
  const [rows, setRows] = useState<Row[]>([])
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [reload, setReload] = useState(0)
  const [busy, setBusy] = useState<string | null>(null)

  // A producer's request: verify it (shoppers see it from then on) or reject it with a reason.
  const decide = async (c: Row, approved: boolean) => {
    let reason: string | null = null
    if (!approved) {
      reason = window.prompt("Lý do từ chối (chủ thể sẽ thấy):")
      if (!reason?.trim()) return
    }
    setBusy(c.id)
    try {
      await adminFetch(`/admin/certificates/${c.id}/verify`, { method: "POST", body: approved ? {} : { approved: false, reason } })
      setReload((n) => n + 1)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  useEffect(() => {
    const params = new URLSearchParams({ limit: "200" })
    if (filter !== "all") params.set("status", filter)
    adminFetch<{ certificates: Row[]; count: number }>(`/admin/certificates?${params}`)
      .then((data) => {
        setRows(data.certificates)
        setCount(data.count)
        setError(null)
      })
      .catch((e: Error) => setError(e.message))
  }, [filter, reload])

  return (
    <ListPage
      title="Chứng nhận OCOP"
      summary={`Hiệu lực 36 tháng kể từ ngày quyết định. ${count} chứng nhận.`}
      controls={<OptionSelect value={filter} onChange={setFilter} options={FILTERS} />}
      error={error}
      columns={["Sản phẩm", "Sao", "Quyết định", "Hết hạn", "Trạng thái"]}
    >
      {rows.map((c) => (
        <Table.Row key={c.id}>
          <Table.Cell>
            {c.product ? (
              <TwoLineCell
                title={<Link to={`/products/${c.product.id}`}>{c.product.title}</Link>}
                subtitle={c.product.producer?.display_name ?? "—"}
              />
            ) : (
              "—"
            )}
          </Table.Cell>
          <Table.Cell>{"★".repeat(c.stars)}</Table.Cell>
          <Table.Cell>
            {c.decision_number} ({viDate(c.decision_date)})
          </Table.Cell>
          <Table.Cell>
            {viDate(c.expires_at)}
            <Text size="xsmall" className="text-ui-fg-subtle">
              {c.days_until_expiry >= 0 ? `còn ${c.days_until_expiry} ngày` : `quá ${-c.days_until_expiry} ngày`}
            </Text>
          </Table.Cell>
          <Table.Cell>
            <StatusCell
              badge={VALIDITY_BADGE[c.validity]}
              notes={[
                c.sample_data && "dữ liệu mẫu",
                c.metadata?.ocop_request?.kind === "change" &&
                  c.status === "pending_verification" &&
                  `đổi từ ${c.metadata.ocop_request.previous_stars ?? "?"} sao`,
              ]}
            />
          </Table.Cell>
          <Table.Cell>
            {c.status === "pending_verification" && (
              <div className="flex gap-2">
                <Button size="small" variant="secondary" isLoading={busy === c.id} onClick={() => decide(c, true)}>
                  Xác minh
                </Button>
                <Button size="small" variant="transparent" disabled={busy === c.id} onClick={() => decide(c, false)}>
                  Từ chối
                </Button>
              </div>
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "Chứng nhận OCOP",
  icon: ShieldCheck,
})

export default CertificatesPage
