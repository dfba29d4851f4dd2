"use client";

import { useEffect, type RefObject } from "react";

/**
 * After "Add to cart" succeeds, keyboard focus goes back to the button: it was disabled while the
 * form was sent, which drops focus to the page body (issue #23), so a keyboard user pressing Enter
 * would otherwise start again from the top of the page. Focus the user moved elsewhere stays.
 */
export function useFocusAfterAdd(formRef: RefObject<HTMLFormElement | null>, ok: boolean, seq: number) {
  useEffect(() => {
    if (!ok) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    formRef.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
  }, [formRef, ok, seq]);
}
