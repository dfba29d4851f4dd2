"use client";

import { useTranslations } from "next-intl";
import { loginAction, type LoginState } from "./actions";
import { readGuestFavourites } from "@/components/favourites/guest-list";
import { LoginForm as EmailPasswordForm } from "@/components/forms/login-form";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";

/** The guest's hearts go with the login, to join the account's (components/account/actions.ts). */
function loginWithFavourites(previous: LoginState, form: FormData): Promise<LoginState> {
  form.set("favourites", readGuestFavourites().join(","));
  return loginAction(previous, form);
}

/** The customer's login; back to `next` (checkout, cart) afterwards. */
export function LoginForm({ next }: { next: string | null }) {
  const t = useTranslations("Account");
  return (
    <EmailPasswordForm
      action={loginWithFavourites}
      initialState={initialFormState<"email" | "password">()}
      useFeedback={useFormFeedback}
      idPrefix="login"
      next={next}
      texts={{ email: t("email"), password: t("password"), submit: t("logIn"), pending: t("loggingIn") }}
    />
  );
}
