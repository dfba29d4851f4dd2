"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { registerAction, type RegisterField, type RegisterState } from "./actions";
import { readGuestFavourites } from "@/components/favourites/guest-list";
import { FormAlert, TextField } from "@/components/forms/fields";
import { EmailField, NameField, PhoneField } from "@/components/forms/person-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";

/** The guest's hearts go with the new account (components/account/actions.ts). */
function registerWithFavourites(previous: RegisterState, form: FormData): Promise<RegisterState> {
  form.set("favourites", readGuestFavourites().join(","));
  return registerAction(previous, form);
}

export function RegisterForm({ next }: { next: string | null }) {
  const t = useTranslations("Account");
  const locale = useLocale();
  const [state, action] = useActionState(registerWithFavourites, initialFormState<RegisterField>());
  const { formRef, message } = useFormFeedback(state);
  return (
    <form ref={formRef} action={action} className="account-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="account-form__fields">
        <NameField id="register-name" label={t("fullName")} defaultValue={state.values.fullName ?? ""} error={message(state.errors.fullName)} />
        <EmailField id="register-email" label={t("email")} defaultValue={state.values.email ?? ""} error={message(state.errors.email)} />
        <PhoneField
          id="register-phone"
          label={t("phone")}
          labelNote={t("optional")}
          hint={t("phoneHint")}
          // Optional here; when given, the server checks it is a Vietnamese number.
          required={false}
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
