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
  const removeButton = (key: number, list: ReturnType<typeof useRows>) => (
    <button type="button" className="button button--quiet button--small" onClick={() => list.remove(key)}>
      {t("removeRow")}
    </button>
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
        <fieldset className="pp-fieldset pp-schedule__slots">
          <legend>{t("slots")}</legend>
          <p className="field__hint">{t("slotsHint")}</p>
          {slots.list.map((r, i) => (
            <div key={r.key} className="pp-variant-row pp-schedule__slot">
              <TextField id={`pp-slot-time-${i}`} name="slot_time" type="time" label={t("slotTime")} defaultValue={r.a} />
              <TextField id={`pp-slot-capacity-${i}`} name="slot_capacity" label={t("slotCapacity")} inputMode="numeric" defaultValue={r.b} />
              {removeButton(r.key, slots)}
            </div>
          ))}
          <button type="button" className="button button--quiet button--small pp-schedule__add-slot" onClick={slots.add}>
            {t("addSlot")}
          </button>
        </fieldset>
        <fieldset className="pp-fieldset pp-schedule__days-off">
          <legend>{t("daysOff")}</legend>
          {daysOff.list.map((r, i) => (
            <div key={r.key} className="pp-variant-row">
              <TextField id={`pp-day-off-${i}`} name="closed_date" type="date" label={t("dayOff")} defaultValue={r.a} />
              {removeButton(r.key, daysOff)}
            </div>
          ))}
          <button type="button" className="button button--quiet button--small pp-schedule__add-day-off" onClick={daysOff.add}>
            {t("addDayOff")}
          </button>
        </fieldset>
        <fieldset className="pp-fieldset pp-schedule__overrides">
          <legend>{t("overrides")}</legend>
          <p className="field__hint">{t("overridesHint")}</p>
          {overrides.list.map((r, i) => (
            <div key={r.key} className="pp-variant-row">
              <TextField id={`pp-override-date-${i}`} name="override_date" type="date" label={t("overrideDate")} defaultValue={r.a} />
              <TextField id={`pp-override-capacity-${i}`} name="override_capacity" label={t("overrideCapacity")} inputMode="numeric" defaultValue={r.b} />
              {removeButton(r.key, overrides)}
            </div>
          ))}
          <button type="button" className="button button--quiet button--small pp-schedule__add-override" onClick={overrides.add}>
            {t("addOverride")}
          </button>
        </fieldset>
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
