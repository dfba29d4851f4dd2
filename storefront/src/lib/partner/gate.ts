import "server-only";
import { redirect } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { getPortalVisitor } from "./api";
import type { PartnerView } from "./types";

/**
 * The logged-in, active partner, or a redirect to the portal's start page (which
 * shows the login, the application or its status). Null when the backend is down.
 */
export async function activePartner(locale: AppLocale): Promise<PartnerView | null> {
  const visitor = await getPortalVisitor();
  if (!visitor.ok) return null;
  if (visitor.data.kind !== "partner" || visitor.data.partner.status !== "active") redirect({ href: "/partner", locale });
  return (visitor.data as { partner: PartnerView }).partner;
}

/** "11/2026" in Vietnamese, "Nov 2026" in English. */
export function monthLabel(month: string, locale: AppLocale): string {
  const [year, m] = month.split("-").map(Number);
  if (!year || !m) return month;
  if (locale === "vi") return `${m}/${year}`;
  return new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, m - 1, 1));
}
