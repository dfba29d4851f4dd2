"use server";

import { redirect } from "@/i18n/navigation";
import { formLocale } from "@/i18n/locale";
import { PortalError } from "@/lib/portal-client";
import { markNoticesRead, setNoticePreferences } from "@/lib/producer-portal/data";
import { field } from "@/lib/form-state";
import { clearProducerToken } from "@/lib/producer-portal/session";

// The notices page's forms (no client JavaScript): mark read, and the e-mail settings. The backend
// keeps each member to its own notices and refuses turning off a mandatory kind.


async function signedIn<T>(form: FormData, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PortalError && error.status === 401) {
      await clearProducerToken();
      redirect({ href: "/producer/login", locale: formLocale(form) });
    }
    throw error;
  }
}

/** { id } marks one notice read, none marks them all. */
export async function markNoticesReadAction(form: FormData): Promise<void> {
  const id = field(form, "id");
  await signedIn(form, () => markNoticesRead(id ? { ids: [id] } : { all: true }));
  redirect({ href: "/producer/notices", locale: formLocale(form) });
}

/** The optional kinds left unticked are turned off; the language is the e-mails'. */
export async function saveNoticePreferencesAction(form: FormData): Promise<void> {
  const optional = form.getAll("optional").filter((v): v is string => typeof v === "string");
  const on = new Set(form.getAll("on").filter((v): v is string => typeof v === "string"));
  const language = field(form, "language") === "en" ? "en" : "vi";
  await signedIn(form, () => setNoticePreferences({ locale: language, off: optional.filter((k) => !on.has(k)) }));
  redirect({ href: "/producer/notices?saved=1", locale: formLocale(form) });
}
