// Types of stack.mjs, for the TypeScript tests that bring the stack up.
import type { Env, ProcessEntry, ProcessOptions } from "./processes.mjs"

export const ROOT: string
export const BACKEND_DIR: string
export const BACKEND_BUILD_DIR: string
export const STOREFRONT_DIR: string
export const STOREFRONT_KEY_TITLE: string
export function dataLog(name: string): import("node:fs").WriteStream
export const QUICKSTART_SWITCHES: Readonly<{ NODE_ENV: "production"; OCOP_DEV_DEFAULTS: "true" }>

export function quickstartEnv(base: Env): Env & { HOST: string; NODE_ENV: "production"; OCOP_DEV_DEFAULTS: "true" }
export function buildAll(env: Env): Promise<void>
export function migrate(env: Env): Promise<void>
export function isSeeded(databaseUrl: string): Promise<boolean>
export function seed(env: Env): Promise<void>
export function readPublishableKey(databaseUrl: string): Promise<string>
export function startBackend(env: Env, port: number, options?: ProcessOptions & { cluster?: number }): Promise<ProcessEntry>
export function startStorefront(
  env: Env,
  port: number,
  urls: { backendUrl: string; publishableKey: string },
  options?: ProcessOptions
): Promise<ProcessEntry>
