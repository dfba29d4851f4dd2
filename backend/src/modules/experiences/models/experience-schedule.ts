import { model } from "@medusajs/framework/utils"

/**
 * An experience's (OCOP group 6) booking calendar, one per product (issue #19). Without one, an
 * experience keeps its capacity per date from product.metadata.experience_capacity, as before.
 * The rules that read it: src/workflows/experiences/schedule-rules.ts.
 */
export const ExperienceSchedule = model
  .define("experience_schedule", {
    id: model.id({ prefix: "exsch" }).primaryKey(),
    product_id: model.text(),
    /** Places per date (per time slot when there are slots and the slot names none). */
    daily_capacity: model.number(),
    /** Bookings close this many hours before the start (the slot's time, else the day's 00:00 in Vietnam). */
    min_notice_hours: model.number().default(0),
    /** ISO weekdays the experience is closed every week: 1 = Monday … 7 = Sunday. */
    closed_weekdays: model.json(),
    /** Days off, YYYY-MM-DD. */
    closed_dates: model.json(),
    /** [{ date, capacity }]: that date's places (each slot's, when there are slots). */
    date_capacities: model.json(),
    /** [{ time: "HH:MM", capacity }] in start order; empty = booked for the whole day. */
    slots: model.json(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])
