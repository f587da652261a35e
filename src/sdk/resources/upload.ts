import { ValidationError } from '../errors/index.js';
import { IMAGE_UPLOAD } from '../schemas/common.js';

/** Checks an image before upload (type and size) and wraps it as the `file` part the API expects. */
export function imageForm(file: Blob): FormData {
  if (!IMAGE_UPLOAD.types.includes(file.type)) {
    throw ValidationError.fromFields([{ field: 'file', code: 'unsupported_media_type', message: 'Use a PNG, JPEG, GIF or WebP image.' }]);
  }
  if (file.size > IMAGE_UPLOAD.maxBytes) {
    throw ValidationError.fromFields([{ field: 'file', code: 'too_big', message: 'The image must be 2 MB or smaller.' }]);
  }
  const form = new FormData();
  form.append('file', file, 'name' in file && typeof file.name === 'string' ? file.name : 'image');
  return form;
}
