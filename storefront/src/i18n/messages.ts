import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import type { AppLocale } from "./routing";

/** The shape both catalogs must have: a key missing from either language fails type-checking. */
export type Messages = typeof vi & typeof en;

export const MESSAGES: Readonly<Record<AppLocale, Messages>> = { vi, en };
