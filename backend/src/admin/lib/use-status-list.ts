import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "./api"

/**
 * One of our admin list routes filtered by status ("all": no filter) and a search
 * text, fetched again whenever either changes; `load` fetches it again after an edit.
 */
export function useStatusList<T>(path: string, key: string, { status, q, limit }: { status: string; q: string; limit: number }) {
  const [rows, setRows] = useState<T[]>([])
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const params = new URLSearchParams({ limit: String(limit) })
    if (status !== "all") params.set("status", status)
    if (q.trim()) params.set("q", q.trim())
    const data = await adminFetch<Record<string, unknown> & { count: number }>(`${path}?${params}`)
    setRows(data[key] as T[])
    setCount(data.count)
  }, [path, key, status, q, limit])

  useEffect(() => {
    load().catch((e: Error) => setError(e.message))
  }, [load])

  return { rows, count, error, load }
}
