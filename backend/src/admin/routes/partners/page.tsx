import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Button, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { adminFetch } from "../../lib/api"
import { StatusActions, StatusCell, TwoLineCell, type Badge } from "../../lib/list-cells"
import { ListPage } from "../../lib/list-page"
import { OptionSelect } from "../../lib/option-select"
import { ReasonDrawer } from "../../lib/reason-drawer"
import { useStatusList } from "../../lib/use-status-list"

// Tourism partners: applications to review, approval (assigns the referral code), rejection and
// suspension with a reason, commission rates, and the monthly commission report as CSV.

type Partner = {
  id: string
  display_name: string
  legal_name: string
  kind: string
  status: "pending" | "active" | "rejected" | "suspended"
  status_reason: string | null
  referral_code: string | null
  commission_rate: number
  contact_name: string
  email: string
  phone: string
  website: string | null
}

const FILTERS = [
  { value: "all", label: "Tất cả" },
  { value: "pending", label: "Chờ duyệt" },
  { value: "active", label: "Đang hoạt động" },
  { value: "rejected", label: "Đã từ chối" },
  { value: "suspended", label: "Tạm ngừng" },
]

const KINDS: Record<string, string> = {
  hotel: "Khách sạn",
  cruise: "Du thuyền",
  tour_operator: "Công ty lữ hành",
  travel_agency: "Đại lý du lịch",
  other: "Khác",
}

const BADGES: Record<Partner["status"], Badge> = {
  pending: { color: "orange", label: "Chờ duyệt" },
  active: { color: "green", label: "Đang hoạt động" },
  rejected: { color: "grey", label: "Đã từ chối" },
  suspended: { color: "red", label: "Tạm ngừng" },
}

/** This month in Vietnam time, "YYYY-MM". */
function currentMonth(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
}

function StatusWithReason({ partner, status, label, onDone }: { partner: Partner; status: "rejected" | "suspended"; label: string; onDone: () => void }) {
  const submit = async (reason: string) => {
    await adminFetch(`/admin/partners/${partner.id}/status`, { method: "POST", body: { status, reason } })
    toast.success(`${label}: ${partner.display_name}`)
    onDone()
  }
  return <ReasonDrawer action={label} title={`${label}: ${partner.display_name}`} reasonLabel="Lý do (đối tác sẽ thấy)" submit={submit} />
}

function RateInput({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const [percent, setPercent] = useState(String(Math.round(partner.commission_rate * 10000) / 100))
  const save = async () => {
    const value = Number(percent.replace(",", "."))
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      toast.error("Tỷ lệ hoa hồng phải từ 0 đến 100 %")
      return
    }
    try {
      await adminFetch(`/admin/partners/${partner.id}`, { method: "POST", body: { commission_rate: value / 100 } })
      toast.success(`Hoa hồng của ${partner.display_name}: ${value} %`)
      onDone()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex items-center gap-x-1">
      <Input size="small" className="w-20" value={percent} onChange={(e) => setPercent(e.target.value)} aria-label="Hoa hồng (%)" />
      <Text size="small">%</Text>
      <Button size="small" variant="transparent" onClick={() => void save()}>
        Lưu
      </Button>
    </div>
  )
}

const PartnersPage = () => {
  const [filter, setFilter] = useState("all")
  const [q, setQ] = useState("")
  const [month, setMonth] = useState(currentMonth())
  const { rows: partners, count, error, load } = useStatusList<Partner>("/admin/partners", "partners", { status: filter, q, limit: 200 })

  const approve = async (p: Partner) => {
    try {
      const { partner } = await adminFetch<{ partner: Partner }>(`/admin/partners/${p.id}/status`, { method: "POST", body: { status: "active" } })
      toast.success(`Đã duyệt ${p.display_name} — mã giới thiệu ${partner.referral_code}`)
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <ListPage
      title="Đối tác du lịch"
      summary={`${count} đối tác`}
      controls={
        <>
          <Input size="small" type="search" placeholder="Tìm tên hoặc mã" value={q} onChange={(e) => setQ(e.target.value)} />
          <OptionSelect value={filter} onChange={setFilter} options={FILTERS} />
          <Input size="small" type="month" value={month} onChange={(e) => setMonth(e.target.value)} aria-label="Tháng báo cáo" />
          <a href={`/admin/partner-commissions?month=${encodeURIComponent(month)}&format=csv`} download>
            <Button size="small" variant="secondary">
              Hoa hồng tháng (CSV)
            </Button>
          </a>
        </>
      }
      error={error}
      columns={["Tên", "Loại hình", "Liên hệ", "Mã giới thiệu", "Hoa hồng", "Trạng thái"]}
    >
      {partners.map((p) => (
        <Table.Row key={p.id}>
          <Table.Cell>
            <TwoLineCell title={p.display_name} subtitle={p.legal_name} />
          </Table.Cell>
          <Table.Cell>{KINDS[p.kind] ?? p.kind}</Table.Cell>
          <Table.Cell>
            <div className="flex flex-col">
              <Text size="xsmall">{p.contact_name}</Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {p.email} · {p.phone}
              </Text>
            </div>
          </Table.Cell>
          <Table.Cell>{p.referral_code ?? "—"}</Table.Cell>
          <Table.Cell>
            <RateInput key={`${p.id}-${p.commission_rate}`} partner={p} onDone={() => void load()} />
          </Table.Cell>
          <Table.Cell>
            <StatusCell badge={BADGES[p.status]} notes={[p.status_reason]} />
          </Table.Cell>
          <Table.Cell>
            <StatusActions canApprove={p.status !== "active"} onApprove={() => void approve(p)}>
              {p.status === "pending" && <StatusWithReason partner={p} status="rejected" label="Từ chối" onDone={() => void load()} />}
              {p.status === "active" && <StatusWithReason partner={p} status="suspended" label="Tạm ngừng" onDone={() => void load()} />}
            </StatusActions>
          </Table.Cell>
        </Table.Row>
      ))}
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "Đối tác du lịch",
  icon: Users,
})

export default PartnersPage
