"use client";

import { useTranslations } from "next-intl";
import { loginAction } from "@/app/[locale]/account/actions";
import { LoginForm as EmailPasswordForm } from "@/components/forms/login-form";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";

/** The customer's login; back to `next` (checkout, cart) afterwards. */
export function LoginForm({ next }: { next: string | null }) {
  const t = useTranslations("Account");
  return (
    <EmailPasswordForm
      action={loginAction}
      initialState={initialFormState<"email" | "password">()}
      useFeedback={useFormFeedback}
      idPrefix="login"
      next={next}
      texts={{ email: t("email"), password: t("password"), submit: t("logIn"), pending: t("loggingIn") }}
    />
  );
}
