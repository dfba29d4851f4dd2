"use server";

import { isEmailAddress } from "@ocop/core";
import { RESET_ACTORS, requestPasswordReset, setNewPassword, type ResetActor } from "@/lib/password-reset";
import { MIN_PASSWORD } from "@/lib/validation";

// The password-reset pages of the shop, the producer portal and the partner portal share these.

export type ResetProblem = "invalidEmail" | "tooShort" | "mismatch" | "expired" | "backend";

export interface ResetState {
  seq: number;
  /** "sent": a link was asked for (whether or not the address has an account); "done": password set. */
  status: "idle" | "sent" | "done";
  problem: ResetProblem | null;
  email: string;
}

function actorOf(form: FormData): ResetActor {
  const actor = String(form.get("actor") ?? "");
  return RESET_ACTORS.find((a) => a === actor) ?? "customer";
}

function answer(previous: ResetState, status: ResetState["status"], problem: ResetProblem | null, email = ""): ResetState {
  return { seq: previous.seq + 1, status, problem, email };
}

export async function requestResetAction(previous: ResetState, form: FormData): Promise<ResetState> {
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const locale = form.get("locale") === "en" ? "en" : "vi";
  if (!isEmailAddress(email) || email.length > 254) return answer(previous, "idle", "invalidEmail", email);
  const asked = await requestPasswordReset(actorOf(form), email, locale);
  return asked ? answer(previous, "sent", null, email) : answer(previous, "idle", "backend", email);
}

export async function setPasswordAction(previous: ResetState, form: FormData): Promise<ResetState> {
  const token = String(form.get("token") ?? "");
  const password = String(form.get("password") ?? "");
  const confirm = String(form.get("confirm") ?? "");
  if (!token) return answer(previous, "idle", "expired");
  if (password.length < MIN_PASSWORD) return answer(previous, "idle", "tooShort");
  if (password !== confirm) return answer(previous, "idle", "mismatch");
  const result = await setNewPassword(actorOf(form), token, password);
  return result === "ok" ? answer(previous, "done", null) : answer(previous, "idle", result);
}
