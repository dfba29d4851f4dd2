// Types of mail-catcher.mjs, for the TypeScript tests that start an inbox.
export type MailCatcher = {
  smtpUrl: string
  smtpPort: number
  webUrl: string
  emails(): Promise<any[]>
  clear(): Promise<void>
  stop(): Promise<void>
}
export function freePort(): Promise<number>
export function startMailCatcher(options?: { smtpPort?: number; webPort?: number; quiet?: boolean }): Promise<MailCatcher>
