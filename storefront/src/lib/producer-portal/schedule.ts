// An experience's booking calendar in the producer portal (issue #19): what the form sends, read
// and checked before the backend (which checks it again and names the field). Pure.

import { wholeNumber } from "../form-state";

export interface PortalSchedule {
  daily_capacity: number;
  min_notice_hours: number;
  closed_weekdays: number[];
  closed_dates: string[];
  date_capacities: Array<{ date: string; capacity: number }>;
  slots: Array<{ time: string; capacity: number }>;
}

export type ScheduleProblemKey =
  | "capacityInvalid"
  | "noticeInvalid"
  | "timeInvalid"
  | "slotTwice"
  | "dateInvalid"
  | "dateTwice";

export interface ScheduleProblem {
  key: ScheduleProblemKey;
  /** The row or value concerned, shown in the message. */
  values: Record<string, string>;
}

/** Up to 90 days, as the backend allows. */
export const MAX_NOTICE_HOURS = 24 * 90;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Values = { get: (name: string) => unknown; getAll: (name: string) => unknown[] };
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** The form's fields → the backend's body, and every problem a producer can fix here. */
export function readScheduleForm(form: Values): { body: PortalSchedule; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  const places = (raw: string, what: string) => {
    const n = wholeNumber(raw);
    if (n === null || n < 0) problems.push({ key: "capacityInvalid", values: { what, value: raw } });
    return n ?? 0;
  };
  const daily = places(str(form.get("daily_capacity")), str(form.get("label:daily_capacity")) || "daily_capacity");
  const noticeRaw = str(form.get("notice")) || "0";
  const notice = wholeNumber(noticeRaw);
  const hours = notice === null ? -1 : str(form.get("notice_unit")) === "days" ? notice * 24 : notice;
  if (hours < 0 || hours > MAX_NOTICE_HOURS) problems.push({ key: "noticeInvalid", values: { value: noticeRaw } });

  const slots: PortalSchedule["slots"] = [];
  const capacities = form.getAll("slot_capacity").map(str);
  form.getAll("slot_time").map(str).forEach((time, i) => {
    if (!time && !capacities[i]) return; // an empty row added and left
    if (!TIME.test(time)) problems.push({ key: "timeInvalid", values: { value: time } });
    else if (slots.some((s) => s.time === time)) problems.push({ key: "slotTwice", values: { value: time } });
    slots.push({ time, capacity: places(capacities[i] || String(daily), time) });
  });

  const closed = new Set<string>();
  for (const date of form.getAll("closed_date").map(str).filter(Boolean)) {
    if (!DATE.test(date)) problems.push({ key: "dateInvalid", values: { value: date } });
    closed.add(date);
  }
  const overrides: PortalSchedule["date_capacities"] = [];
  const overrideCaps = form.getAll("override_capacity").map(str);
  form.getAll("override_date").map(str).forEach((date, i) => {
    if (!date && !overrideCaps[i]) return;
    if (!DATE.test(date)) problems.push({ key: "dateInvalid", values: { value: date } });
    else if (overrides.some((o) => o.date === date)) problems.push({ key: "dateTwice", values: { value: date } });
    overrides.push({ date, capacity: places(overrideCaps[i] ?? "", date) });
  });
  const weekdays = form
    .getAll("closed_weekday")
    .map((v) => Number(str(v)))
    .filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  return {
    body: {
      daily_capacity: daily,
      min_notice_hours: Math.max(0, hours),
      closed_weekdays: [...new Set(weekdays)].sort(),
      closed_dates: [...closed].sort(),
      date_capacities: overrides,
      slots,
    },
    problems,
  };
}
