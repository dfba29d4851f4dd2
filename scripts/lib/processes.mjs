// Child processes the scripts start, each in its own process group so that stopping
// one also stops whatever it spawned (npx → medusa → node, next → workers).
import { spawn } from "node:child_process"

const running = new Set()

export function startProcess(name, command, args, { cwd, env, quiet = false, logFile } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const prefix = `[${name}] `
  const forward = (stream, target) =>
    stream.on("data", (chunk) => {
      if (logFile) logFile.write(chunk)
      if (quiet) return
      for (const line of chunk.toString().split("\n")) if (line.trim()) target.write(prefix + line + "\n")
    })
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  const entry = { name, child, exited: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal }))) }
  running.add(entry)
  entry.exited.then(() => running.delete(entry))
  return entry
}

/** Runs a command to completion; output is shown only when it fails. */
export async function runStep(name, command, args, { cwd, env, verbose = false } = {}) {
  const chunks = []
  const entry = startProcess(name, command, args, { cwd, env, quiet: !verbose })
  entry.child.stdout.on("data", (c) => chunks.push(c))
  entry.child.stderr.on("data", (c) => chunks.push(c))
  const { code, signal } = await entry.exited
  if (code !== 0) {
    const output = Buffer.concat(chunks).toString()
    const error = new Error(`${name} failed (${signal ?? `exit ${code}`})`)
    error.output = output
    throw error
  }
  return Buffer.concat(chunks).toString()
}

export async function stopProcess(entry, graceMs = 15000) {
  if (entry.child.exitCode !== null || entry.child.signalCode !== null) return
  const group = -entry.child.pid
  try {
    process.kill(group, "SIGTERM")
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(group, "SIGKILL")
    } catch {}
  }, graceMs)
  await entry.exited
  clearTimeout(timer)
  // The leader may exit before its children: make sure the whole group is gone.
  try {
    process.kill(group, "SIGKILL")
  } catch {}
}

export async function stopAll() {
  await Promise.all([...running].reverse().map((entry) => stopProcess(entry)))
}

export async function waitForHttp(url, { timeoutMs = 180000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) return false
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return true
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}
