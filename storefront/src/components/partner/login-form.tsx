"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { partnerLoginAction } from "@/app/[locale]/partner/actions";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialPartnerForm } from "@/lib/partner/form";
import { usePartnerForm } from "./use-partner-form";

export function PartnerLoginForm() {
  const t = useTranslations("PartnerPortal");
  const locale = useLocale();
  const [state, action] = useActionState(partnerLoginAction, initialPartnerForm<"email" | "password">());
  const { formRef, message } = usePartnerForm(state);
  return (
    <form ref={formRef} action={action} className="account-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="account-form__fields">
        <TextField
          id="partner-login-email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="username"
          inputMode="email"
          required
          defaultValue={state.values.email ?? ""}
          error={message(state.errors.email)}
        />
        <TextField
          id="partner-login-password"
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
          error={message(state.errors.password)}
        />
      </div>
      <SubmitButton pendingLabel={t("loggingIn")} className="button button--block">
        {t("logIn")}
      </SubmitButton>
    </form>
  );
}
