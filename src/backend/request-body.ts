import type { Endpoint } from '../sdk/contract.js';
import type { Limits } from './limits.js';
import { ProblemError, fieldProblem } from './problems.js';
import { toHex } from './random.js';

/** An uploaded file as the route sees it: its declared type and its bytes. */
export interface UploadedFile {
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * A request's body, read whole and bounded before any rule is checked, so that a route decides on a
 * complete request with no `await` left between its checks and its changes (see `serial.ts`).
 * `fingerprint` identifies the content (not its framing) for `Idempotency-Key` comparisons.
 */
export type RequestBody =
  | { kind: 'none'; fingerprint: string }
  | { kind: 'json'; value: unknown; fingerprint: string }
  | { kind: 'upload'; file: UploadedFile | null; fingerprint: string };

const EMPTY: RequestBody = { kind: 'none', fingerprint: '' };

const tooLarge = (limit: number) => new ProblemError('payload_too_large', `The request body is larger than ${limit} bytes.`);

/**
 * Reads the body `endpoint` takes. A declared `Content-Length` over the limit is refused before reading;
 * a streamed body is counted as it arrives and cancelled at the first byte past the limit (413).
 * JSON that does not parse is 400; an upload that is not multipart is 415.
 */
export async function readRequestBody(request: Request, endpoint: Endpoint, limits: Limits): Promise<RequestBody> {
  if (request.method === 'GET' || request.method === 'HEAD') return EMPTY;
  if (endpoint.upload) return readUpload(request, limits.maxUploadBytes);
  const bytes = await readBounded(request, limits.maxJsonBytes);
  if (bytes.length === 0) return EMPTY;
  const text = new TextDecoder().decode(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProblemError('validation_failed', 'The body is not valid JSON.', { status: 400 });
  }
  return { kind: 'json', value, fingerprint: await digest(new TextEncoder().encode(JSON.stringify(value))) };
}

async function readUpload(request: Request, limit: number): Promise<RequestBody> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new ProblemError('unsupported_media_type', 'Upload a PNG, JPEG, GIF or WebP image as the multipart part "file".');
  }
  const bytes = await readBounded(request, limit);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw fieldProblem('file', 'invalid_multipart', 'The upload is not valid multipart/form-data.');
  }
  const part = form.get('file');
  if (!(part instanceof Blob)) return { kind: 'upload', file: null, fingerprint: '' };
  const file = { type: part.type.toLowerCase(), bytes: new Uint8Array(await part.arrayBuffer()) };
  // The same file sent twice has different multipart boundaries; compare what was uploaded instead.
  const fingerprint = await digest(concat([new TextEncoder().encode(`${file.type}\n`), file.bytes]));
  return { kind: 'upload', file, fingerprint };
}

/** The body's bytes, refusing more than `limit`. */
async function readBounded(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(limit);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return concat(chunks);
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function digest(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}
