"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestResetAction, setPasswordAction, type ResetState } from "./actions";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/i18n/navigation";

type Actor = "customer" | "producer" | "partner";

const INITIAL: ResetState = { seq: 0, status: "idle", problem: null, email: "" };

/** Asks for a link by e-mail; the answer is the same whether the address has an account or not. */
export function RequestResetForm({ actor }: { actor: Actor }) {
  const t = useTranslations("PasswordReset");
  const locale = useLocale();
  const [state, action] = useActionState(requestResetAction, INITIAL);
  if (state.status === "sent") {
    return (
      <p id="reset-sent" className="notice" role="status">
        {t("sent", { email: state.email })}
      </p>
    );
  }
  return (
    <form action={action} className="account-form" noValidate>
      <input type="hidden" name="actor" value={actor} />
      <input type="hidden" name="locale" value={locale} />
      {state.problem === "backend" && <FormAlert>{t("errors.backend")}</FormAlert>}
      <div key={state.seq} className="account-form__fields">
        <TextField
          id="reset-email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state.email}
          error={state.problem === "invalidEmail" ? t("errors.invalidEmail") : null}
        />
      </div>
      <SubmitButton pendingLabel={t("sending")} className="button button--block">
        {t("send")}
      </SubmitButton>
    </form>
  );
}

/** Sets the new password with the token of the e-mailed link. */
export function NewPasswordForm({ actor, token, loginHref, resetHref }: { actor: Actor; token: string; loginHref: string; resetHref: string }) {
  const t = useTranslations("PasswordReset");
  const [state, action] = useActionState(setPasswordAction, INITIAL);
  if (state.status === "done") {
    return (
      <div id="reset-done" role="status">
        <p className="notice">{t("done")}</p>
        <Link className="button" href={loginHref}>
          {t("logIn")}
        </Link>
      </div>
    );
  }
  const fieldError = state.problem === "tooShort" || state.problem === "mismatch" ? t(`errors.${state.problem}`) : null;
  return (
    <form action={action} className="account-form" noValidate>
      <input type="hidden" name="actor" value={actor} />
      <input type="hidden" name="token" value={token} />
      {(state.problem === "expired" || state.problem === "backend") && (
        <FormAlert>
          {t(`errors.${state.problem}`)} {state.problem === "expired" && <Link href={resetHref}>{t("askAgain")}</Link>}
        </FormAlert>
      )}
      <div key={state.seq} className="account-form__fields">
        <TextField
          id="reset-password"
          name="password"
          type="password"
          label={t("password")}
          hint={t("passwordHint")}
          autoComplete="new-password"
          minLength={8}
          required
          error={state.problem === "tooShort" ? fieldError : null}
        />
        <TextField
          id="reset-confirm"
          name="confirm"
          type="password"
          label={t("confirm")}
          autoComplete="new-password"
          required
          error={state.problem === "mismatch" ? fieldError : null}
        />
      </div>
      <SubmitButton pendingLabel={t("saving")} className="button button--block">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
