"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState, Problem } from "@/lib/form-state";

/**
 * For forms driven by useActionState: a translator for problems, and focus moved
 * to the first invalid field (or the form alert) after each failed answer, so
 * keyboard and screen-reader users land on what needs fixing.
 */
export function useFormFeedback<F extends string>(state: FormState<F>) {
  const t = useTranslations("FormErrors");
  const formRef = useRef<HTMLFormElement>(null);
  const seen = useRef(state.seq);

  useEffect(() => {
    if (state.seq === seen.current) return;
    seen.current = state.seq;
    if (state.ok) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    if (target) {
      if (target.getAttribute("role") === "alert") target.setAttribute("tabindex", "-1");
      target.focus();
    }
  }, [state]);

  const message = (problem: Problem | null | undefined): string | null =>
    problem ? t(problem.code, problem.values ?? {}) : null;

  return { formRef, message };
}
