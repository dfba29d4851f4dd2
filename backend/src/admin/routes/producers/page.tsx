import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Drawer, Input, Label, Table, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch, PRODUCER_STATUS_BADGE, type Producer, type Reference } from "../../lib/api"
import { DrawerActions } from "../../lib/drawer-actions"
import { ErrorText } from "../../lib/error-text"
import { StatusActions, StatusCell, TwoLineCell } from "../../lib/list-cells"
import { ListPage } from "../../lib/list-page"
import { OptionSelect } from "../../lib/option-select"
import { ReasonDrawer } from "../../lib/reason-drawer"
import { useStatusList } from "../../lib/use-status-list"

const FILTERS = [
  { value: "all", label: "Tất cả" },
  { value: "pending", label: "Chờ duyệt" },
  { value: "active", label: "Đang hoạt động" },
  { value: "suspended", label: "Tạm ngừng" },
]

type NewProducer = {
  legal_name: string
  display_name: string
  kind: string
  commune_code: string
  historic_locality: string
  email: string
  phone: string
}

const EMPTY: NewProducer = { legal_name: "", display_name: "", kind: "", commune_code: "", historic_locality: "", email: "", phone: "" }

function CreateProducer({ reference, onCreated }: { reference: Reference | null; onCreated: () => void }) {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<NewProducer>(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const set = (key: keyof NewProducer, value: string) => setForm((f) => ({ ...f, [key]: value }))

  const submit = async () => {
    setSaving(true)
    setError(null)
    try {
      const body: Record<string, unknown> = { legal_name: form.legal_name, display_name: form.display_name }
      for (const key of ["kind", "commune_code", "historic_locality", "email", "phone"] as const) {
        if (form[key]) body[key] = form[key]
      }
      await adminFetch("/admin/producers", { method: "POST", body })
      toast.success("Đã tạo chủ thể (chờ duyệt)")
      setForm(EMPTY)
      setOpen(false)
      onCreated()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Thêm chủ thể
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Thêm chủ thể OCOP</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3">
          <ErrorText error={error} />
          <Label size="small">Tên đăng ký</Label>
          <Input size="small" placeholder="CTCP Ngọc trai Hạ Long" value={form.legal_name} onChange={(e) => set("legal_name", e.target.value)} />
          <Label size="small">Tên hiển thị</Label>
          <Input size="small" placeholder="Ngọc trai Hạ Long" value={form.display_name} onChange={(e) => set("display_name", e.target.value)} />
          <Label size="small">Loại hình (để trống: đoán từ tên)</Label>
          <OptionSelect
            value={form.kind}
            onChange={(v) => set("kind", v)}
            options={(reference?.producer_kinds ?? []).map((k) => ({ value: k.value, label: k.vi }))}
            placeholder="—"
          />
          <Label size="small">Xã/phường (hiện nay)</Label>
          <OptionSelect
            value={form.commune_code}
            onChange={(v) => set("commune_code", v)}
            options={(reference?.units ?? []).map((u) => ({ value: u.code, label: u.full_name }))}
            placeholder="—"
          />
          <Label size="small">Địa danh cũ</Label>
          <Input size="small" value={form.historic_locality} onChange={(e) => set("historic_locality", e.target.value)} />
          <Label size="small">Email</Label>
          <Input size="small" type="email" value={form.email} onChange={(e) => set("email", e.target.value)} />
          <Label size="small">Điện thoại</Label>
          <Input size="small" value={form.phone} onChange={(e) => set("phone", e.target.value)} />
        </Drawer.Body>
        <DrawerActions label="Tạo" onConfirm={submit} isLoading={saving} />
      </Drawer.Content>
    </Drawer>
  )
}

function SuspendButton({ producer, onDone }: { producer: Producer; onDone: () => void }) {
  const submit = async (reason: string) => {
    await adminFetch(`/admin/producers/${producer.id}/status`, { method: "POST", body: { status: "suspended", reason } })
    toast.success(`Đã tạm ngừng ${producer.display_name}`)
    onDone()
  }
  return <ReasonDrawer action="Tạm ngừng" title={`Tạm ngừng ${producer.display_name}`} reasonLabel="Lý do (chủ thể sẽ thấy)" submit={submit} />
}

const ProducersPage = () => {
  const [filter, setFilter] = useState("all")
  const [q, setQ] = useState("")
  const [reference, setReference] = useState<Reference | null>(null)
  const { rows: producers, count, error, load } = useStatusList<Producer>("/admin/producers", "producers", { status: filter, q, limit: 1000 })
  useEffect(() => {
    adminFetch<Reference>("/admin/ocop/reference").then(setReference).catch(() => undefined)
  }, [])

  const approve = async (p: Producer) => {
    try {
      await adminFetch(`/admin/producers/${p.id}/status`, { method: "POST", body: { status: "active" } })
      toast.success(`Đã duyệt ${p.display_name}`)
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const kindName = (kind: string) => reference?.producer_kinds.find((k) => k.value === kind)?.vi ?? kind

  return (
    <ListPage
      title="Chủ thể OCOP"
      summary={`${count} chủ thể`}
      controls={
        <>
          <Input size="small" type="search" placeholder="Tìm tên" value={q} onChange={(e) => setQ(e.target.value)} />
          <OptionSelect value={filter} onChange={setFilter} options={FILTERS} />
          <CreateProducer reference={reference} onCreated={() => void load()} />
        </>
      }
      error={error}
      columns={["Tên", "Loại hình", "Địa bàn", "Sản phẩm", "Trạng thái"]}
    >
      {producers.map((p) => (
        <Table.Row key={p.id}>
          <Table.Cell>
            <TwoLineCell title={p.display_name} subtitle={p.legal_name} />
          </Table.Cell>
          <Table.Cell>{kindName(p.kind)}</Table.Cell>
          <Table.Cell>{p.commune_name ?? p.historic_locality ?? "—"}</Table.Cell>
          <Table.Cell>{p.product_count ?? 0}</Table.Cell>
          <Table.Cell>
            <StatusCell badge={PRODUCER_STATUS_BADGE[p.status]} notes={[p.status_reason]} />
          </Table.Cell>
          <Table.Cell>
            <StatusActions canApprove={p.status !== "active"} onApprove={() => void approve(p)}>
              {p.status !== "suspended" && <SuspendButton producer={p} onDone={() => void load()} />}
            </StatusActions>
          </Table.Cell>
        </Table.Row>
      ))}
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "Chủ thể OCOP",
  icon: BuildingStorefront,
})

export default ProducersPage
