// Types of processes.mjs, for the TypeScript tests that start or stop the stack's processes.
import type { ChildProcess } from "node:child_process"
import type { WriteStream } from "node:fs"

/** An environment for a child process (process.env or a plain object). */
export type Env = Record<string, string | undefined>

export type ProcessEntry = {
  name: string
  child: ChildProcess
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}
export type ProcessOptions = { cwd?: string; env?: Env; quiet?: boolean; logFile?: WriteStream }

export function startProcess(name: string, command: string, args: string[], options?: ProcessOptions): ProcessEntry
export function runStep(name: string, command: string, args: string[], options?: { cwd?: string; env?: Env; verbose?: boolean }): Promise<string>
export function stopProcess(entry: ProcessEntry, graceMs?: number): Promise<void>
export function stopAll(): Promise<void>
export function waitForHttp(url: string, options?: { timeoutMs?: number; isAlive?: () => boolean }): Promise<boolean>
