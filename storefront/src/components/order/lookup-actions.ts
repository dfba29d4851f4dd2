"use server";

import { isEmailAddress } from "@ocop/core";
import { hasLocale } from "next-intl";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { lookUpOrder } from "@/lib/order-lookup";
import { confirmationHref, rememberOrder } from "@/lib/session";

export type LookupState = { error: "notFound" | "tooMany" | "invalid" | "backend" | null; number: string; email: string };

const field = (form: FormData, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string).trim() : "");

/** Opens the order for this browser (its access token kept like a placed order's) and shows it. */
export async function lookUpOrderAction(_previous: LookupState, form: FormData): Promise<LookupState> {
  const raw = field(form, "locale");
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const number = field(form, "number").replace(/^#/, "");
  const email = field(form, "email");
  if (!/^\d{1,10}$/.test(number) || !isEmailAddress(email)) return { error: "invalid", number, email };
  const result = await lookUpOrder(Number(number), email);
  if (!result.ok) return { error: result.reason, number, email };
  await rememberOrder(result.orderId, result.token);
  return redirect({ href: confirmationHref(result.orderId, null), locale });
}
