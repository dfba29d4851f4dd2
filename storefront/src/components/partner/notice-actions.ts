"use server";

import { redirect } from "@/i18n/navigation";
import { formLocale } from "@/i18n/locale";
import { markPartnerNoticesRead, setPartnerNoticePreferences } from "@/lib/partner/api";

// The partner notices page's forms (no client JavaScript): mark read, and the e-mail settings.


export async function markPartnerNoticesReadAction(form: FormData): Promise<void> {
  const id = form.get("id");
  await markPartnerNoticesRead(typeof id === "string" && id ? { ids: [id] } : { all: true });
  redirect({ href: "/partner/notices", locale: formLocale(form) });
}

export async function savePartnerNoticePreferencesAction(form: FormData): Promise<void> {
  const optional = form.getAll("optional").filter((v): v is string => typeof v === "string");
  const on = new Set(form.getAll("on").filter((v): v is string => typeof v === "string"));
  const language = form.get("language") === "en" ? "en" : "vi";
  await setPartnerNoticePreferences({ locale: language, off: optional.filter((k) => !on.has(k)) });
  redirect({ href: "/partner/notices?saved=1", locale: formLocale(form) });
}
