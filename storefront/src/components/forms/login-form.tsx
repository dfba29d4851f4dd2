"use client";

import { useLocale } from "next-intl";
import { useActionState, type RefObject } from "react";
import type { FormState } from "@/lib/form-state";
import { FormAlert, TextField } from "./fields";
import { EmailField } from "./person-fields";
import { SubmitButton } from "./submit-button";

// Email and password, as the shop's, the partner portal's and the producer portal's logins ask
// them. They differ in their action, their ids and texts, and the kind of problems their action
// answers with (a catalog's keys, or sentences already translated), so those come in.

type LoginField = "email" | "password";

/** The action's answer; its values hold the email only: a password is never sent back to the page. */
export type LoginAnswer<P> = FormState<LoginField, P>;

interface LoginFormProps<P> {
  action: (previous: LoginAnswer<P>, form: FormData) => Promise<LoginAnswer<P>>;
  initialState: LoginAnswer<P>;
  /**
   * Focus after a failed answer, and the problems in words. A hook: pass a
   * module-level one, so every render calls the same.
   */
  useFeedback: (state: LoginAnswer<P>) => {
    formRef: RefObject<HTMLFormElement | null>;
    message: (problem: P | null | undefined) => string | null;
  };
  /** Ids are `${idPrefix}-email` and `${idPrefix}-password`. */
  idPrefix: string;
  /** "username" where password managers should keep it apart from the shop's login. */
  emailAutoComplete?: string;
  /** Where to go back to afterwards (the action checks it). */
  next?: string | null;
  texts: { email: string; password: string; submit: string; pending: string };
}

export function LoginForm<P>({ action, initialState, useFeedback, idPrefix, emailAutoComplete = "email", next, texts }: LoginFormProps<P>) {
  const locale = useLocale();
  const [state, formAction] = useActionState(action, initialState);
  const { formRef, message } = useFeedback(state);
  return (
    <form ref={formRef} action={formAction} className="account-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="account-form__fields">
        <EmailField
          id={`${idPrefix}-email`}
          label={texts.email}
          autoComplete={emailAutoComplete}
          defaultValue={state.values.email ?? ""}
          error={message(state.errors.email)}
        />
        <TextField
          id={`${idPrefix}-password`}
          name="password"
          type="password"
          label={texts.password}
          autoComplete="current-password"
          required
          error={message(state.errors.password)}
        />
      </div>
      <SubmitButton pendingLabel={texts.pending} className="button button--block">
        {texts.submit}
      </SubmitButton>
    </form>
  );
}
