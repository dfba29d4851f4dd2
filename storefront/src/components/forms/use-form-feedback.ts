"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState, Problem } from "@/lib/form-state";

/**
 * After each failed answer of a form driven by useActionState, focus moves to the first invalid
 * field (or the form alert), so keyboard and screen-reader users land on what needs fixing. It
 * needs only the answer's sequence and outcome, whatever its problems are.
 */
export function useFocusAfterAnswer(state: Pick<FormState, "seq" | "ok">) {
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
  }, [state.seq, state.ok]);

  return formRef;
}

/** The shop's forms: focus after a failed answer, and a translator for its problems (FormErrors). */
export function useFormFeedback<F extends string>(state: FormState<F>) {
  const t = useTranslations("FormErrors");
  const formRef = useFocusAfterAnswer(state);

  const message = (problem: Problem | null | undefined): string | null =>
    problem ? t(problem.code, problem.values ?? {}) : null;

  return { formRef, message };
}
