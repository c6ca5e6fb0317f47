/**
 * Reads a multipart/form-data body as the SDK's form-data sends it for `wx.openApi`: one part per
 * parameter; file-like parts (a Content-Type header) stay bytes, the others become strings.
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, string | Buffer> {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!m) throw new Error('multipart body without a boundary');
  const delimiter = Buffer.from(`--${m[1] ?? m[2]}`);
  const out: Record<string, string | Buffer> = {};
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // drop the CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      if (name) out[name] = /content-type:/i.test(head) ? Buffer.from(content) : content.toString('utf8');
    }
    pos = next;
  }
  return out;
}
