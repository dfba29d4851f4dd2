import { z } from "@medusajs/framework/zod"

export const ListNotices = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListNoticesType = z.infer<typeof ListNotices>

/** { ids: [...] } marks those, { all: true } marks every notice of the member. */
export const MarkNoticesRead = z
  .object({
    ids: z.array(z.string().min(1).max(64)).min(1).max(200).optional(),
    all: z.literal(true).optional(),
  })
  .strict()
  .refine((b) => !!b.ids !== !!b.all, { message: "Send either ids (the notices to mark read) or all: true" })
export type MarkNoticesReadType = z.infer<typeof MarkNoticesRead>

export const NoticePreferences = z
  .object({
    locale: z.enum(["vi", "en"]).optional(),
    off: z.array(z.string().min(1).max(64)).max(50).optional(),
  })
  .strict()
export type NoticePreferencesType = z.infer<typeof NoticePreferences>
