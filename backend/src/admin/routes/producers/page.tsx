import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import {
  Button,
  Container,
  Drawer,
  Heading,
  Input,
  Label,
  Select,
  StatusBadge,
  Table,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch, PRODUCER_STATUS_BADGE, type Producer, type Reference } from "../../lib/api"

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
          {error && (
            <Text size="small" className="text-ui-fg-error">
              {error}
            </Text>
          )}
          <Label size="small">Tên đăng ký</Label>
          <Input size="small" placeholder="CTCP Ngọc trai Hạ Long" value={form.legal_name} onChange={(e) => set("legal_name", e.target.value)} />
          <Label size="small">Tên hiển thị</Label>
          <Input size="small" placeholder="Ngọc trai Hạ Long" value={form.display_name} onChange={(e) => set("display_name", e.target.value)} />
          <Label size="small">Loại hình (để trống: đoán từ tên)</Label>
          <Select value={form.kind} onValueChange={(v) => set("kind", v)} size="small">
            <Select.Trigger>
              <Select.Value placeholder="—" />
            </Select.Trigger>
            <Select.Content>
              {(reference?.producer_kinds ?? []).map((k) => (
                <Select.Item key={k.value} value={k.value}>
                  {k.vi}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Label size="small">Xã/phường (hiện nay)</Label>
          <Select value={form.commune_code} onValueChange={(v) => set("commune_code", v)} size="small">
            <Select.Trigger>
              <Select.Value placeholder="—" />
            </Select.Trigger>
            <Select.Content>
              {(reference?.units ?? []).map((u) => (
                <Select.Item key={u.code} value={u.code}>
                  {u.full_name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Label size="small">Địa danh cũ</Label>
          <Input size="small" value={form.historic_locality} onChange={(e) => set("historic_locality", e.target.value)} />
          <Label size="small">Email</Label>
          <Input size="small" type="email" value={form.email} onChange={(e) => set("email", e.target.value)} />
          <Label size="small">Điện thoại</Label>
          <Input size="small" value={form.phone} onChange={(e) => set("phone", e.target.value)} />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Huỷ
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={saving}>
            Tạo
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

function SuspendButton({ producer, onDone }: { producer: Producer; onDone: () => void }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const submit = async () => {
    setError(null)
    try {
      await adminFetch(`/admin/producers/${producer.id}/status`, { method: "POST", body: { status: "suspended", reason } })
      toast.success(`Đã tạm ngừng ${producer.display_name}`)
      setOpen(false)
      setReason("")
      onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="danger">
          Tạm ngừng
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Tạm ngừng {producer.display_name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3">
          <Label size="small">Lý do (chủ thể sẽ thấy)</Label>
          <Textarea value={reason} onChange={(e) => setReason(e.target.value)} />
          {error && (
            <Text size="small" className="text-ui-fg-error">
              {error}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Huỷ
            </Button>
          </Drawer.Close>
          <Button size="small" variant="danger" onClick={submit}>
            Tạm ngừng
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const ProducersPage = () => {
  const [filter, setFilter] = useState("all")
  const [q, setQ] = useState("")
  const [producers, setProducers] = useState<Producer[]>([])
  const [count, setCount] = useState(0)
  const [reference, setReference] = useState<Reference | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const params = new URLSearchParams({ limit: "1000" })
    if (filter !== "all") params.set("status", filter)
    if (q.trim()) params.set("q", q.trim())
    const data = await adminFetch<{ producers: Producer[]; count: number }>(`/admin/producers?${params}`)
    setProducers(data.producers)
    setCount(data.count)
  }, [filter, q])

  useEffect(() => {
    load().catch((e: Error) => setError(e.message))
  }, [load])
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
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Chủ thể OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {count} chủ thể
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input size="small" type="search" placeholder="Tìm tên" value={q} onChange={(e) => setQ(e.target.value)} />
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
          <CreateProducer reference={reference} onCreated={() => void load()} />
        </div>
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
            <Table.HeaderCell>Tên</Table.HeaderCell>
            <Table.HeaderCell>Loại hình</Table.HeaderCell>
            <Table.HeaderCell>Địa bàn</Table.HeaderCell>
            <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {producers.map((p) => {
            const badge = PRODUCER_STATUS_BADGE[p.status]
            return (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <div className="flex flex-col">
                    <Text size="small" weight="plus">
                      {p.display_name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {p.legal_name}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell>{kindName(p.kind)}</Table.Cell>
                <Table.Cell>{p.commune_name ?? p.historic_locality ?? "—"}</Table.Cell>
                <Table.Cell>{p.product_count ?? 0}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    {badge && <StatusBadge color={badge.color}>{badge.label}</StatusBadge>}
                    {p.status_reason && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {p.status_reason}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-x-2">
                    {p.status !== "active" && (
                      <Button size="small" variant="secondary" onClick={() => void approve(p)}>
                        Duyệt
                      </Button>
                    )}
                    {p.status !== "suspended" && <SuspendButton producer={p} onDone={() => void load()} />}
                  </div>
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
  label: "Chủ thể OCOP",
  icon: BuildingStorefront,
})

export default ProducersPage
