/** A multipart/form-data body with the given files in one field ("files", as the upload routes read them). */
export function multipart(files: Array<{ name: string; type: string; content: Buffer }>, field = "files") {
  const boundary = `----ocop-test-${Date.now()}`
  const parts = files.flatMap((f) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`),
    f.content,
    Buffer.from("\r\n"),
  ])
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  }
}
