// Types of secrets.mjs, for the TypeScript tests of the quickstart's secrets.
export type Secrets = { JWT_SECRET: string; COOKIE_SECRET: string; OCOP_STOREFRONT_SECRET: string; REVALIDATE_SECRET: string }

export function randomSecrets(): Secrets
export function installationSecrets(root: string): Secrets
