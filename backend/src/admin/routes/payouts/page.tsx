import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch, viDate } from "../../lib/api"
import { ListPage } from "../../lib/list-page"

// Payout batches (src/api/admin/payouts): what producers and partners are owed for a month, the bank
// transfer file, and "paid" with the bank's reference, which moves the money to paid in the ledger.

type Line = { account_type: string; account_id: string; amount: number; bank_bin: string; account_number: string; account_name: string; content: string }
type Batch = { id: string; period: string; status: "open" | "paid"; bank_reference: string | null; paid_at: string | null; total?: number; lines?: Line[] }

const vnd = (n: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(n)
const thisMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)

const PayoutsPage = () => {
  const [batches, setBatches] = useState<Batch[]>([])
  const [open, setOpen] = useState<Batch | null>(null)
  const [period, setPeriod] = useState(thisMonth())
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reload, setReload] = useState(0)

  useEffect(() => {
    adminFetch<{ payout_batches: Batch[] }>("/admin/payouts")
      .then((data) => setBatches(data.payout_batches))
      .catch((e: Error) => setError(e.message))
  }, [reload])

  const show = async (id: string) => {
    try {
      setOpen((await adminFetch<{ payout_batch: Batch }>(`/admin/payouts/${id}`)).payout_batch)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const create = async () => {
    try {
      const data = await adminFetch<{ payout_batch: Batch; created: boolean; missing_bank_account: Array<{ account_id: string; amount: number }> }>(
        "/admin/payouts",
        { method: "POST", body: { period } }
      )
      setOpen(data.payout_batch)
      const missing = data.missing_bank_account.map((m) => `${m.account_id} (${vnd(m.amount)})`).join(", ")
      setNotice(`${data.created ? "Đã lập" : "Đã có"} bảng chi trả ${period}.${missing ? ` Chưa có tài khoản ngân hàng: ${missing}.` : ""}`)
      setError(null)
      setReload((n) => n + 1)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const pay = async (batch: Batch) => {
    const reference = window.prompt(`Mã tham chiếu ngân hàng của các lệnh chuyển ${batch.period}:`)
    if (!reference?.trim()) return
    try {
      setOpen((await adminFetch<{ payout_batch: Batch }>(`/admin/payouts/${batch.id}/pay`, { method: "POST", body: { bank_reference: reference.trim() } })).payout_batch)
      setReload((n) => n + 1)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <ListPage
        title="Chi trả"
        summary={notice ?? "Số tiền có thể chi trả: đã giao, đã thanh toán và hết hạn đổi trả."}
        controls={
          <>
            <Input type="month" size="small" value={period} onChange={(e) => setPeriod(e.target.value)} aria-label="Kỳ" />
            <Button size="small" onClick={create}>
              Lập bảng chi trả
            </Button>
          </>
        }
        error={error}
        columns={["Kỳ", "Trạng thái", "Tham chiếu", "Ngày chi"]}
      >
        {batches.map((b) => (
          <Table.Row key={b.id}>
            <Table.Cell>{b.period}</Table.Cell>
            <Table.Cell>
              <Badge color={b.status === "paid" ? "green" : "orange"}>{b.status === "paid" ? "Đã chi" : "Chưa chi"}</Badge>
            </Table.Cell>
            <Table.Cell>{b.bank_reference ?? "—"}</Table.Cell>
            <Table.Cell>{viDate(b.paid_at)}</Table.Cell>
            <Table.Cell>
              <Button size="small" variant="secondary" onClick={() => show(b.id)}>
                Xem
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </ListPage>
      {open && (
        <ListPage
          title={`Bảng chi trả ${open.period}`}
          summary={`${open.lines?.length ?? 0} người nhận · ${vnd(open.total ?? 0)}`}
          controls={
            <>
              <a href={`/admin/payouts/${open.id}/transfers`} download>
                <Button size="small" variant="secondary">
                  Tải tệp chuyển khoản (CSV)
                </Button>
              </a>
              {open.status === "open" && (
                <Button size="small" onClick={() => pay(open)}>
                  Đánh dấu đã chi
                </Button>
              )}
            </>
          }
          error={null}
          columns={["Người nhận", "Ngân hàng (BIN)", "Tài khoản", "Số tiền", "Nội dung"]}
        >
          {(open.lines ?? []).map((l) => (
            <Table.Row key={`${l.account_type}:${l.account_id}`}>
              <Table.Cell>
                <Text size="small">{l.account_name}</Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {l.account_type} · {l.account_id}
                </Text>
              </Table.Cell>
              <Table.Cell>{l.bank_bin}</Table.Cell>
              <Table.Cell>{l.account_number}</Table.Cell>
              <Table.Cell>{vnd(l.amount)}</Table.Cell>
              <Table.Cell>{l.content}</Table.Cell>
            </Table.Row>
          ))}
        </ListPage>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Chi trả", icon: CurrencyDollar })

export default PayoutsPage
