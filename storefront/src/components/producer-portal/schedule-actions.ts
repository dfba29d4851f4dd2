"use server";

import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { routing } from "@/i18n/routing";
import { PortalError } from "@/lib/portal-client";
import { removeSchedule, saveSchedule } from "@/lib/producer-portal/data";
import { done, field, refused, type MessageState } from "@/lib/form-state";
import { readScheduleForm } from "@/lib/producer-portal/schedule";

// An experience's booking calendar (issue #19): saved whole, or removed. Problems a producer can
// fix here come in their language; the backend checks again and its refusal names the field.

async function messages(form: FormData) {
  const locale = field(form, "locale");
  return getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "ProducerPortal" });
}

async function refusal(previous: MessageState, form: FormData, error: unknown): Promise<MessageState> {
  const t = await messages(form);
  if (error instanceof PortalError && error.status >= 400 && error.status < 500) {
    const detail = error.problems.length ? error.problems.map((p) => `${p.field}: ${p.message}`).join("; ") : error.message;
    return refused(previous, t("messages.refused", { detail }));
  }
  console.error("[storefront] producer schedule:", error instanceof Error ? error.message : error);
  return refused(previous, t("messages.backend"));
}

export async function saveScheduleAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const { body, problems } = readScheduleForm(form);
  if (problems.length) return refused(previous, problems.map((p) => t(`schedule.problems.${p.key}`, p.values)).join(" "));
  try {
    await saveSchedule(field(form, "product_id"), body);
  } catch (error) {
    return refusal(previous, form, error);
  }
  refresh();
  return done(previous, t("schedule.saved"));
}

export async function removeScheduleAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  try {
    await removeSchedule(field(form, "product_id"));
  } catch (error) {
    return refusal(previous, form, error);
  }
  refresh();
  return done(previous, t("schedule.removed"));
}
