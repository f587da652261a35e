/**
 * Links to files the server hands out (an invoice's PDF, a data export): only addresses a page may follow, and a
 * file name the reader's system accepts for the `download` attribute.
 */

/**
 * `url` if a page may link to it: a web address, a blob, or a `data:` URL of one of `dataTypes` (the reference
 * backend serves small files so). Anything else — a `javascript:` URL from a compromised server — is undefined.
 */
export function downloadHref(url: string, dataTypes: readonly string[] = []): string | undefined {
  try {
    const { protocol } = new URL(url, document.baseURI);
    if (protocol === 'https:' || protocol === 'http:' || protocol === 'blob:') return url;
    return protocol === 'data:' && dataTypes.includes(dataTypeOf(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The media type of a `data:` URL, lower-cased ("data:application/json;charset=utf-8,…" → "application/json"). */
function dataTypeOf(url: string): string {
  return (/^data:([^;,]*)/i.exec(url)?.[1] ?? '').trim().toLowerCase();
}

/** Known media types' file extensions, for a `data:` URL, which has no name of its own. */
const EXTENSIONS: Record<string, string> = {
  'application/json': 'json',
  'application/zip': 'zip',
  'application/pdf': 'pdf',
  'text/csv': 'csv',
};

/**
 * The extension the file at `url` should be saved with: from a `data:` URL's media type, else from the last
 * segment of its path ("…/export.zip?sig=…" → "zip"); undefined when neither says.
 */
export function extensionOf(url: string): string | undefined {
  if (/^data:/i.test(url)) return EXTENSIONS[dataTypeOf(url)];
  try {
    return /\.([a-z0-9]{1,8})$/i.exec(new URL(url, document.baseURI).pathname)?.[1]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/** `name` without characters file systems refuse (`\ / : * ? " < > |` and control characters), at most 120 long. */
export function safeFileName(name: string, fallback: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').slice(0, 120) || fallback;
}
