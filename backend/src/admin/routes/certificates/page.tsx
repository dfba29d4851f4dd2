import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Button, Container, Heading, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminFetch, viDate, VALIDITY_BADGE, type Certificate } from "../../lib/api"

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
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Chứng nhận OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hiệu lực 36 tháng kể từ ngày quyết định. {count} chứng nhận.
          </Text>
        </div>
        <Select value={filter} onValueChange={setFilter} size="small">
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {FILTERS.map((f) => (
              <Select.Item key={f.value} value={f.value}>
                {f.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error && (
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-error">
            {error}
          </Text>
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
            <Table.HeaderCell>Sao</Table.HeaderCell>
            <Table.HeaderCell>Quyết định</Table.HeaderCell>
            <Table.HeaderCell>Hết hạn</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((c) => {
            const badge = VALIDITY_BADGE[c.validity]
            return (
              <Table.Row key={c.id}>
                <Table.Cell>
                  {c.product ? (
                    <div className="flex flex-col">
                      <Link to={`/products/${c.product.id}`}>
                        <Text size="small" weight="plus">
                          {c.product.title}
                        </Text>
                      </Link>
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {c.product.producer?.display_name ?? "—"}
                      </Text>
                    </div>
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
                  <div className="flex flex-col">
                    {badge && <StatusBadge color={badge.color}>{badge.label}</StatusBadge>}
                    {c.sample_data && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        dữ liệu mẫu
                      </Text>
                    )}
                    {c.metadata?.ocop_request?.kind === "change" && c.status === "pending_verification" && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        đổi từ {c.metadata.ocop_request.previous_stars ?? "?"} sao
                      </Text>
                    )}
                  </div>
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
            )
          })}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chứng nhận OCOP",
  icon: ShieldCheck,
})

export default CertificatesPage
