// Review photos: stored through the File Module by POST /store/reviews/uploads under a name of our
// making ("<time>-review-<clean base>.<real format>"), so a review may only point at such files.

const PHOTO_PATH = /^\/static\/\d+-review-[A-Za-z0-9_-]{1,80}\.(jpg|png|webp)$/

/** Where the File Module serves files (medusa-config.ts: MEDUSA_FILE_BASE_URL). */
function fileOrigin(): string {
  return new URL(process.env.MEDUSA_FILE_BASE_URL || "http://localhost:9000").origin
}

/** Whether a URL is a review photo this backend stored. */
export function isReviewPhotoUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.origin === fileOrigin() && !url.search && !url.hash && PHOTO_PATH.test(url.pathname)
  } catch {
    return false
  }
}
