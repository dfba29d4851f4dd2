"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { registerAction, type RegisterField } from "@/app/[locale]/account/actions";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";

export function RegisterForm({ next }: { next: string | null }) {
  const t = useTranslations("Account");
  const locale = useLocale();
  const [state, action] = useActionState(registerAction, initialFormState<RegisterField>());
  const { formRef, message } = useFormFeedback(state);
  return (
    <form ref={formRef} action={action} className="account-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="account-form__fields">
        <TextField
          id="register-name"
          name="fullName"
          label={t("fullName")}
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={state.values.fullName ?? ""}
          error={message(state.errors.fullName)}
        />
        <TextField
          id="register-email"
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
          id="register-phone"
          name="phone"
          type="tel"
          label={t("phone")}
          labelNote={t("optional")}
          hint={t("phoneHint")}
          autoComplete="tel"
          inputMode="tel"
          defaultValue={state.values.phone ?? ""}
          error={message(state.errors.phone)}
        />
        <TextField
          id="register-password"
          name="password"
          type="password"
          label={t("password")}
          hint={t("passwordHint")}
          autoComplete="new-password"
          required
          minLength={8}
          error={message(state.errors.password)}
        />
      </div>
      <SubmitButton pendingLabel={t("registering")} className="button button--block">
        {t("register")}
      </SubmitButton>
    </form>
  );
}
