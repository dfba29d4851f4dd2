import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Select, StatusBadge, Switch, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type ReactNode } from "react"
import {
  adminFetch,
  day,
  viDate,
  VALIDITY_BADGE,
  type Certificate,
  type ProducerSummary,
  type Reference,
} from "../lib/api"
import { ErrorBanner } from "../lib/error-text"
import { OptionSelect } from "../lib/option-select"

type Delisting = { reason: string; at: string }
type ProductOcop = {
  product_id: string
  certificate: Certificate | null
  producer: ProducerSummary | null
  delisting: Delisting | null
}

type Form = {
  stars: string
  score: string
  group: string
  sub_group: string
  decision_number: string
  decision_date: string
  issuing_level: string
  issuing_authority: string
  commune_code: string
  historic_locality: string
  sample_data: boolean
  producer_id: string
}

const NONE = "__none__"

function toForm(data: ProductOcop): Form {
  const c = data.certificate
  return {
    stars: c ? String(c.stars) : "",
    score: c?.score != null ? String(c.score) : "",
    group: c?.group ?? "",
    sub_group: c?.sub_group ?? "",
    decision_number: c?.decision_number ?? "",
    decision_date: day(c?.decision_date),
    issuing_level: c?.issuing_level ?? "province",
    issuing_authority: c?.issuing_authority ?? "UBND tỉnh Quảng Ninh",
    commune_code: c?.commune_code ?? "",
    historic_locality: c?.historic_locality ?? "",
    sample_data: c?.sample_data ?? false,
    producer_id: data.producer?.id ?? "",
  }
}

/** The body for POST /admin/products/:id/ocop: the certificate when its form is filled, and the producer. */
function toBody(form: Form, had: ProductOcop) {
  const body: Record<string, unknown> = {}
  // Send the certificate only when one of its fields changed (a revoked one stays revoked
  // when only the producer is changed).
  const before = toForm(had)
  const certificateChanged = (Object.keys(form) as (keyof Form)[]).some((k) => k !== "producer_id" && form[k] !== before[k])
  if (certificateChanged) {
    body.certificate = {
      stars: Number(form.stars),
      score: form.score === "" ? null : Number(form.score),
      group: form.group,
      sub_group: form.sub_group || null,
      decision_number: form.decision_number,
      decision_date: form.decision_date,
      issuing_level: form.issuing_level,
      issuing_authority: form.issuing_authority,
      commune_code: form.commune_code,
      historic_locality: form.historic_locality || null,
      sample_data: form.sample_data,
    }
  }
  if ((had.producer?.id ?? "") !== form.producer_id) body.producer_id = form.producer_id || null
  return body
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="small" weight="plus">
        {label}
      </Label>
      {children}
    </div>
  )
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="grid grid-cols-2 items-start px-6 py-2">
      <Text size="small" leading="compact" weight="plus">
        {label}
      </Text>
      <Text size="small" leading="compact">
        {value ?? "—"}
      </Text>
    </div>
  )
}

const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [ocop, setOcop] = useState<ProductOcop | null>(null)
  const [reference, setReference] = useState<Reference | null>(null)
  const [producers, setProducers] = useState<ProducerSummary[]>([])
  const [form, setForm] = useState<Form | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const [o, r, p] = await Promise.all([
      adminFetch<ProductOcop>(`/admin/products/${product.id}/ocop`),
      adminFetch<Reference>(`/admin/ocop/reference`),
      adminFetch<{ producers: ProducerSummary[] }>(`/admin/producers?limit=1000`),
    ])
    setOcop(o)
    setReference(r)
    setProducers(p.producers)
  }, [product.id])

  useEffect(() => {
    load().catch((e: Error) => setError(e.message))
  }, [load])

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => (f ? { ...f, [key]: value } : f))

  const save = async () => {
    if (!form || !ocop) return
    const body = toBody(form, ocop)
    if (Object.keys(body).length === 0) {
      setForm(null)
      return
    }
    setSaving(true)
    setError(null)
    try {
      const updated = await adminFetch<ProductOcop>(`/admin/products/${product.id}/ocop`, { method: "POST", body })
      setOcop(updated)
      setForm(null)
      toast.success("Đã lưu chứng nhận OCOP")
    } catch (e) {
      // The server names the field: "stars: 2 stars is not a certified rating…"
      setError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const c = ocop?.certificate
  const group = reference?.groups.find((g) => g.slug === (form?.group ?? c?.group))
  const badge = c ? VALIDITY_BADGE[c.validity] : undefined

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">OCOP</Heading>
        {ocop && !form && (
          <Button size="small" variant="secondary" onClick={() => setForm(toForm(ocop))}>
            {c ? "Sửa" : "Thêm chứng nhận"}
          </Button>
        )}
      </div>

      <ErrorBanner error={error} />

      {!form && ocop && (
        <div className="py-2">
          {c ? (
            <>
              <div className="flex items-center gap-x-2 px-6 py-2">
                <Text size="large" weight="plus" aria-label={`${c.stars} sao`}>
                  {"★".repeat(c.stars)}
                </Text>
                {badge && <StatusBadge color={badge.color}>{badge.label}</StatusBadge>}
                {c.sample_data && <StatusBadge color="grey">Dữ liệu mẫu</StatusBadge>}
              </div>
              <Row label="Điểm" value={c.score ?? "—"} />
              <Row label="Quyết định" value={`${c.decision_number} (${viDate(c.decision_date)})`} />
              <Row label="Cấp" value={reference?.issuing_levels.find((l) => l.value === c.issuing_level)?.vi ?? c.issuing_level} />
              <Row label="Cơ quan" value={c.issuing_authority} />
              <Row label="Hết hạn" value={`${viDate(c.expires_at)} (${c.days_until_expiry} ngày)`} />
              <Row
                label="Nhóm"
                value={[group?.vi ?? c.group, group?.sub_groups.find((s) => s.slug === c.sub_group)?.vi].filter(Boolean).join(" / ")}
              />
              <Row label="Địa bàn" value={c.commune_name ?? c.commune_code} />
              {c.historic_locality && <Row label="Địa danh cũ" value={c.historic_locality} />}
              {c.status_reason && <Row label="Ghi chú" value={c.status_reason} />}
            </>
          ) : (
            <div className="px-6 py-2">
              <Text size="small" className="text-ui-fg-subtle">
                Chưa có chứng nhận OCOP.
              </Text>
            </div>
          )}
          <Row label="Chủ thể" value={ocop.producer ? ocop.producer.display_name : "—"} />
          {ocop.delisting && (
            <div className="px-6 py-2" data-testid="ocop-delisting">
              <StatusBadge color="red">Đã gỡ khỏi cửa hàng {viDate(ocop.delisting.at)}</StatusBadge>
              <Text size="small" className="text-ui-fg-subtle mt-1">
                {ocop.delisting.reason} Sản phẩm trở lại cửa hàng khi có chứng nhận còn hiệu lực.
              </Text>
            </div>
          )}
        </div>
      )}

      {form && reference && (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="grid grid-cols-2 gap-3">
            <Field label="Số sao">
              <OptionSelect
                value={form.stars}
                onChange={(v) => set("stars", v)}
                options={["3", "4", "5"].map((s) => ({ value: s, label: `${s} ★` }))}
                placeholder="3–5"
              />
            </Field>
            <Field label="Điểm (0–100)">
              <Input size="small" type="number" value={form.score} onChange={(e) => set("score", e.target.value)} />
            </Field>
          </div>
          <Field label="Số quyết định">
            <Input size="small" placeholder="377/QĐ-BNN-VPĐP" value={form.decision_number} onChange={(e) => set("decision_number", e.target.value)} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Ngày quyết định">
              <Input size="small" type="date" value={form.decision_date} onChange={(e) => set("decision_date", e.target.value)} />
            </Field>
            <Field label="Cấp">
              <OptionSelect
                value={form.issuing_level}
                onChange={(v) => set("issuing_level", v)}
                options={reference.issuing_levels.map((l) => ({ value: l.value, label: l.vi }))}
              />
            </Field>
          </div>
          <Field label="Cơ quan cấp">
            <Input size="small" value={form.issuing_authority} onChange={(e) => set("issuing_authority", e.target.value)} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Nhóm">
              <OptionSelect
                value={form.group}
                onChange={(v) => setForm((f) => (f ? { ...f, group: v, sub_group: "" } : f))}
                options={reference.groups.map((g) => ({ value: g.slug, label: g.vi }))}
                placeholder="Chọn nhóm"
              />
            </Field>
            <Field label="Phân nhóm">
              <Select
                value={form.sub_group || NONE}
                onValueChange={(v) => set("sub_group", v === NONE ? "" : v)}
                size="small"
                disabled={!group}
              >
                <Select.Trigger>
                  <Select.Value placeholder="—" />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NONE}>—</Select.Item>
                  {(group?.sub_groups ?? []).map((s) => (
                    <Select.Item key={s.slug} value={s.slug}>
                      {s.vi}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
          </div>
          <Field label="Xã/phường (hiện nay)">
            <OptionSelect
              value={form.commune_code}
              onChange={(v) => set("commune_code", v)}
              options={reference.units.map((u) => ({ value: u.code, label: u.full_name }))}
              placeholder="Chọn đơn vị"
            />
          </Field>
          <Field label="Địa danh ghi trên quyết định">
            <Input
              size="small"
              placeholder="xã Đạp Thanh, huyện Ba Chẽ"
              value={form.historic_locality}
              onChange={(e) => set("historic_locality", e.target.value)}
            />
          </Field>
          <div className="flex items-center gap-x-2">
            <Switch id="ocop-sample" checked={form.sample_data} onCheckedChange={(v) => set("sample_data", v)} />
            <Label htmlFor="ocop-sample" size="small">
              Dữ liệu minh hoạ (không phải quyết định thật)
            </Label>
          </div>
          <Field label="Chủ thể OCOP">
            <Select value={form.producer_id || NONE} onValueChange={(v) => set("producer_id", v === NONE ? "" : v)} size="small">
              <Select.Trigger>
                <Select.Value placeholder="—" />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>—</Select.Item>
                {producers.map((p) => (
                  <Select.Item key={p.id} value={p.id}>
                    {p.display_name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <div className="flex justify-end gap-x-2">
            <Button size="small" variant="secondary" onClick={() => (setForm(null), setError(null))} disabled={saving}>
              Huỷ
            </Button>
            <Button size="small" onClick={save} isLoading={saving}>
              Lưu
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductOcopWidget
