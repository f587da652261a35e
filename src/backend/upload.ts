import { IMAGE_UPLOAD } from '../sdk/schemas/index.js';
import { bytesToBase64 } from './encoding.js';
import { ProblemError } from './problems.js';
import type { UploadedFile } from './request-body.js';

/** The first bytes each accepted image type starts with; a declared type must match the file's content. */
const signatures: Record<string, (bytes: Uint8Array) => boolean> = {
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/gif': (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]),
  'image/webp': (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
};

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const unsupported = () => new ProblemError('unsupported_media_type', 'Upload a PNG, JPEG, GIF or WebP image as the multipart part "file".');

/**
 * The uploaded image as a `data:image/…;base64,` URL. Refuses other types and files whose bytes are not the
 * image they claim to be (415), files over 2 MB (413). The request's size was bounded while it was read.
 */
export function imageDataUrl(file: UploadedFile): string {
  const looksRight = signatures[file.type];
  if (!looksRight) throw unsupported();
  if (file.bytes.byteLength > IMAGE_UPLOAD.maxBytes) {
    throw new ProblemError('payload_too_large', `The image is ${file.bytes.byteLength} bytes; the limit is ${IMAGE_UPLOAD.maxBytes}.`);
  }
  if (!looksRight(file.bytes)) throw unsupported();
  return `data:${file.type};base64,${bytesToBase64(file.bytes)}`;
}
