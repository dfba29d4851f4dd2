"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { lookUpOrderAction, type LookupState } from "./lookup-actions";

/** Order number and e-mail; a refusal says what to check. */
export function OrderLookupForm({ locale, number }: { locale: string; number: string }) {
  const t = useTranslations("OrderLookup");
  const [state, action, pending] = useActionState<LookupState, FormData>(lookUpOrderAction, { error: null, number, email: "" });
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error && (
        <p className="notice notice--error" role="alert">
          {t(`errors.${state.error}`)}
        </p>
      )}
      <label htmlFor="lookup-number">{t("number")}</label>
      <input id="lookup-number" name="number" inputMode="numeric" autoComplete="off" required defaultValue={state.number} />
      <label htmlFor="lookup-email">{t("email")}</label>
      <input id="lookup-email" name="email" type="email" autoComplete="email" required defaultValue={state.email} />
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
