// A real SMTP server (maildev, as `npm start` runs it: scripts/lib/mail-catcher.mjs) on free
// ports for the e-mail tests, and what they read from it. Not a test file.

export type ReceivedEmail = {
  id: string
  subject: string
  text: string
  html: string
  to: Array<{ address: string; name?: string }>
  from: Array<{ address: string; name?: string }>
  headers: Record<string, string>
}

export type Inbox = {
  smtpUrl: string
  smtpPort: number
  webUrl: string
  emails(): Promise<ReceivedEmail[]>
  clear(): Promise<void>
  stop(): Promise<void>
}

export async function startInbox(options: { smtpPort?: number } = {}): Promise<Inbox> {
  const { startMailCatcher } = await import("../../../scripts/lib/mail-catcher.mjs")
  return startMailCatcher(options)
}

/** The e-mails to one address, waiting until at least `atLeast` arrived (or the time is up). */
export async function emailsTo(inbox: Inbox, address: string, atLeast = 1, timeoutMs = 30_000): Promise<ReceivedEmail[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = (await inbox.emails()).filter((e) => e.to.some((t) => t.address.toLowerCase() === address.toLowerCase()))
    if (found.length >= atLeast || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
