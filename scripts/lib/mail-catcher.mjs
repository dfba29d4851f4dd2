// The development inbox (maildev): an SMTP server that keeps every message it receives and shows
// them on a web page, with a JSON API (GET /email). `npm start` runs it on 1025/1080; tests run
// their own on free ports and read what arrived.
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startProcess, stopProcess, waitForHttp } from "./processes.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const MAILDEV = path.join(ROOT, "node_modules", "maildev", "bin", "maildev")
const HOST = "127.0.0.1"

/** A TCP port nothing listens on right now. */
export async function freePort() {
  const server = net.createServer()
  await new Promise((resolve, reject) => server.once("error", reject).listen(0, HOST, resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * Starts maildev bound to 127.0.0.1. Returns its SMTP URL (what the backend's SMTP_URL takes),
 * its inbox address, `emails()` (what arrived, oldest first) and `stop()`.
 */
export async function startMailCatcher({ smtpPort, webPort, quiet = true } = {}) {
  const smtp = smtpPort ?? (await freePort())
  const web = webPort ?? (await freePort())
  const entry = startProcess("inbox", process.execPath, [MAILDEV, "--smtp", String(smtp), "--web", String(web), "--ip", HOST, "--silent"], {
    cwd: ROOT,
    env: process.env,
    quiet,
  })
    const up = await waitForHttp(`http://${HOST}:${web}/healthz`, { timeoutMs: 30000, isAlive: () => entry.child.exitCode === null })
  if (!up) {
    await stopProcess(entry)
    throw new Error(`The mail catcher (maildev) did not start on SMTP ${smtp} / web ${web}`)
  }
  return {
    entry,
    smtpUrl: `smtp://${HOST}:${smtp}`,
    smtpPort: smtp,
    webUrl: `http://localhost:${web}`,
    /** Every message received so far: maildev's JSON (subject, text, html, to: [{ address }], …). */
    async emails() {
      const response = await fetch(`http://${HOST}:${web}/email`)
      if (!response.ok) throw new Error(`maildev answered ${response.status} to GET /email`)
      return response.json()
    },
    /** Empties the inbox. */
    async clear() {
      await fetch(`http://${HOST}:${web}/email/all`, { method: "DELETE" })
    },
    stop: () => stopProcess(entry),
  }
}
