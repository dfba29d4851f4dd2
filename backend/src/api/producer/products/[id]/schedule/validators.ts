import { z } from "@medusajs/framework/zod"

// Shapes only (types and list lengths); the rules — capacity ≥ 0, HH:MM times, no slot twice,
// notice 0–2160 hours — are checked by src/workflows/experiences/schedule-rules.ts, naming the field.

const date = z.string().max(20)
const places = z.number()

/** POST /producer/products/:id/schedule: an experience's booking calendar. */
export const ProducerSetSchedule = z
  .object({
    daily_capacity: places,
    min_notice_hours: z.number().optional(),
    closed_weekdays: z.array(z.number()).max(7).optional(),
    closed_dates: z.array(date).max(366).optional(),
    date_capacities: z.array(z.object({ date, capacity: places }).strict()).max(366).optional(),
    slots: z.array(z.object({ time: z.string().max(10), capacity: places }).strict()).max(48).optional(),
  })
  .strict()
export type ProducerSetScheduleType = z.infer<typeof ProducerSetSchedule>
