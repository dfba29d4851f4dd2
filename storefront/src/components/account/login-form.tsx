"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { loginAction } from "@/app/[locale]/account/actions";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";

export function LoginForm({ next }: { next: string | null }) {
  const t = useTranslations("Account");
  const locale = useLocale();
  const [state, action] = useActionState(loginAction, initialFormState<"email" | "password">());
  const { formRef, message } = useFormFeedback(state);
  return (
    <form ref={formRef} action={action} className="account-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="account-form__fields">
        <TextField
          id="login-email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state.values.email ?? ""}
          error={message(state.errors.email)}
        />
        <TextField
          id="login-password"
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
