"use server";

import { refresh } from "next/cache";
import { failed, field, hasErrors, succeeded, type FormState } from "@/lib/form-state";
import { setGuestDelivery } from "@/lib/partner/api";
import { checkCommune, checkProvince, checkStreet } from "@/lib/validation";

export type GuestSettingField = "accepts" | "provinceCode" | "communeCode" | "street";
export type GuestSettingState = FormState<GuestSettingField>;

/** The partner accepts deliveries for its guests at its address (checked here, then by the backend), or stops. */
export async function saveGuestDeliveryAction(previous: GuestSettingState, form: FormData): Promise<GuestSettingState> {
  const values = {
    accepts: field(form, "accepts") === "on" ? "on" : "",
    provinceCode: field(form, "provinceCode"),
    communeCode: field(form, "communeCode"),
    street: field(form, "street").replace(/\s+/g, " "),
  };
  const accepts = values.accepts === "on";
  if (accepts) {
    const province = checkProvince(values.provinceCode);
    const errors: GuestSettingState["errors"] = {
      ...(province ? { provinceCode: province } : { communeCode: checkCommune(values.provinceCode, values.communeCode) ?? undefined }),
      street: checkStreet(values.street) ?? undefined,
    };
    if (hasErrors(errors)) return failed(previous, errors, values);
  }
  const saved = await setGuestDelivery(accepts ? values : null);
  if (!saved.ok) {
    return failed(previous, {}, values, saved.reason === "rejected" ? { code: "guestDeliveryRejected", values: { detail: saved.detail } } : { code: "backend" });
  }
  refresh();
  return succeeded(previous, values);
}
