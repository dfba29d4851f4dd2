// The quickstart's own secrets: random JWT and cookie secrets, and the key with which the storefront's
// server vouches for the shopper's address to the backend (OCOP_STOREFRONT_SECRET, see
// backend/src/api/lib/security/client-address.ts). Made once per installation and kept in the
// git-ignored .data folder, so tokens stay valid across restarts and nobody shares a secret that is
// written in the repository (issue #21: tokens signed with the old development secret were accepted).
// REVALIDATE_SECRET signs the backend's calls that expire the storefront's catalog cache (issue #16).
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "OCOP_STOREFRONT_SECRET", "REVALIDATE_SECRET"]

/** Fresh random values for every secret (e.g. for a test stack of its own). */
export function randomSecrets() {
  return Object.fromEntries(NAMES.map((name) => [name, crypto.randomBytes(32).toString("base64url")]))
}

/** The secrets of the installation at `root` (in .data/secrets.json, readable by its owner only); made on first use. */
export function installationSecrets(root) {
  const file = path.join(root, ".data", "secrets.json")
  let stored = {}
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8"))
  const missing = NAMES.filter((name) => typeof stored[name] !== "string" || stored[name].length < 32)
  if (missing.length === 0) return Object.fromEntries(NAMES.map((name) => [name, stored[name]]))
  const fresh = randomSecrets()
  const secrets = Object.fromEntries(NAMES.map((name) => [name, missing.includes(name) ? fresh[name] : stored[name]]))
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  return secrets
}
