"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/forms/fields";
import type { PortalSchedule } from "@/lib/producer-portal/schedule";
import { PortalForm } from "./portal-form";
import { removeScheduleAction, saveScheduleAction } from "./schedule-actions";

type Row = { key: number; a: string; b: string };
let nextKey = 1;
const rows = <T,>(items: T[], a: (x: T) => string, b: (x: T) => string): Row[] => items.map((x) => ({ key: nextKey++, a: a(x), b: b(x) }));

/** Rows the producer adds and removes (times of day, days off, dates with other places). */
function useRows(initial: Row[]) {
  const [list, setList] = useState(initial);
  return {
    list,
    add: () => setList((l) => [...l, { key: nextKey++, a: "", b: "" }]),
    remove: (key: number) => setList((l) => l.filter((r) => r.key !== key)),
  };
}

interface RowListProps {
  kind: string;
  legend: string;
  hint?: string;
  rows: ReturnType<typeof useRows>;
  add: string;
  remove: string;
  /** One input per field and row: the first field takes the row's `a`, the second its `b`. A number unless a type is given. */
  fields: Array<{ id: string; name: string; label: string; type?: "time" | "date" }>;
}

/** A fieldset of rows the producer adds and removes; ids end with the row's index (pp-slot-time-0…). */
function RowList({ kind, legend, hint, rows, add, remove, fields }: RowListProps) {
  return (
    <fieldset className={`pp-fieldset pp-schedule__${kind}`}>
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {rows.list.map((r, i) => (
        <div key={r.key} className="pp-variant-row">
          {fields.map((f, n) => (
            <TextField key={f.name} id={`${f.id}-${i}`} name={f.name} type={f.type} inputMode={f.type ? undefined : "numeric"} label={f.label} defaultValue={n === 0 ? r.a : r.b} />
          ))}
          <button type="button" className="button button--quiet button--small" onClick={() => rows.remove(r.key)}>
            {remove}
          </button>
        </div>
      ))}
      <button type="button" className={`button button--quiet button--small pp-schedule__add-${kind}`} onClick={rows.add}>
        {add}
      </button>
    </fieldset>
  );
}

interface ScheduleFormProps {
  productId: string;
  schedule: PortalSchedule | null;
  /** Places per date without a calendar (the product's capacity). */
  capacity: number;
}

/**
 * An experience's booking calendar in the portal (issue #19): places per date, minimum notice,
 * weekly closed days, times of day with their own places, days off and dates with other places.
 * Saved whole; the backend checks it again and names any field it refuses.
 */
export function ScheduleForm({ productId, schedule, capacity }: ScheduleFormProps) {
  const t = useTranslations("ProducerPortal.schedule");
  const tp = useTranslations("ProducerPortal");
  const locale = useLocale();
  const slots = useRows(rows(schedule?.slots ?? [], (s) => s.time, (s) => String(s.capacity)));
  const daysOff = useRows(rows(schedule?.closed_dates ?? [], (d) => d, () => ""));
  const overrides = useRows(rows(schedule?.date_capacities ?? [], (o) => o.date, (o) => String(o.capacity)));
  const notice = schedule?.min_notice_hours ?? 0;
  const inDays = notice > 0 && notice % 24 === 0;
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
    </>
  );
  return (
    <div className="pp-schedule">
      {!schedule && <p className="pp-empty">{t("none", { count: capacity })}</p>}
      <PortalForm action={saveScheduleAction} submitLabel={t("save")} pendingLabel={tp("saving")} className="pp-form pp-schedule__form">
        {hidden}
        <input type="hidden" name="label:daily_capacity" value={t("dailyCapacity")} />
        <TextField id="pp-sched-capacity" name="daily_capacity" label={t("dailyCapacity")} hint={t("dailyCapacityHint")} inputMode="numeric" defaultValue={String(schedule?.daily_capacity ?? capacity)} required />
        <div className="pp-variant-row">
          <TextField id="pp-sched-notice" name="notice" label={t("notice")} hint={t("noticeHint")} inputMode="numeric" defaultValue={String(inDays ? notice / 24 : notice)} />
          <div className="field">
            <label htmlFor="pp-sched-notice-unit">{t("noticeUnit")}</label>
            <select id="pp-sched-notice-unit" name="notice_unit" defaultValue={inDays ? "days" : "hours"}>
              <option value="hours">{t("hours")}</option>
              <option value="days">{t("days")}</option>
            </select>
          </div>
        </div>
        <fieldset className="pp-fieldset pp-schedule__weekdays">
          <legend>{t("weekdays")}</legend>
          {([1, 2, 3, 4, 5, 6, 7] as const).map((d) => (
            <label key={d} className="pp-check">
              <input type="checkbox" name="closed_weekday" value={d} defaultChecked={schedule?.closed_weekdays.includes(d)} /> {t(`weekdayNames.${d}`)}
            </label>
          ))}
        </fieldset>
        <RowList
          kind="slots"
          legend={t("slots")}
          hint={t("slotsHint")}
          rows={slots}
          add={t("addSlot")}
          remove={t("removeRow")}
          fields={[
            { id: "pp-slot-time", name: "slot_time", type: "time", label: t("slotTime") },
            { id: "pp-slot-capacity", name: "slot_capacity", label: t("slotCapacity") },
          ]}
        />
        <RowList
          kind="days-off"
          legend={t("daysOff")}
          rows={daysOff}
          add={t("addDayOff")}
          remove={t("removeRow")}
          fields={[{ id: "pp-day-off", name: "closed_date", type: "date", label: t("dayOff") }]}
        />
        <RowList
          kind="overrides"
          legend={t("overrides")}
          hint={t("overridesHint")}
          rows={overrides}
          add={t("addOverride")}
          remove={t("removeRow")}
          fields={[
            { id: "pp-override-date", name: "override_date", type: "date", label: t("overrideDate") },
            { id: "pp-override-capacity", name: "override_capacity", label: t("overrideCapacity") },
          ]}
        />
      </PortalForm>
      {schedule && (
        <PortalForm action={removeScheduleAction} submitLabel={t("remove")} pendingLabel={tp("saving")} className="pp-form pp-schedule__remove" buttonClassName="button button--quiet">
          {hidden}
          <p className="field__hint">{t("removeIntro")}</p>
        </PortalForm>
      )}
    </div>
  );
}
