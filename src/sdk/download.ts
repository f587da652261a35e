import { isTeamkitError } from './errors/index.js';
import { NetworkError, TimeoutError } from './errors/transport.js';
import { untilAborted } from './transport.js';

/** Options of methods that download a file (`audit.exportCsv`). */
export interface DownloadOptions {
  signal?: AbortSignal;
  /** Called after each chunk with the bytes read so far (the total is unknown: the server streams it). */
  onProgress?: (progress: { bytes: number }) => void;
}

/** A file the server is sending. Read it once: as a stream, or whole as a Blob. */
export interface Download {
  /** The name the server suggests (`Content-Disposition`), or null. */
  readonly filename: string | null;
  /** Its media type, e.g. `text/csv; charset=utf-8`. */
  readonly contentType: string;
  /** The bytes as they arrive. */
  stream(): ReadableStream<Uint8Array>;
  /** All of it, once it has arrived. */
  blob(): Promise<Blob>;
}

/** The `filename*` (RFC 8187) or else the `filename` of a `Content-Disposition` header. */
function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // Not valid percent-encoding: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

/**
 * Wraps a download's response. Each chunk must arrive within `timeout` ms of the previous one (a
 * `TimeoutError` otherwise), however long the whole takes; the caller's signal cancels the read at once; a
 * connection that breaks midway is a `NetworkError`.
 */
export function toDownload(response: Response, options: { timeout: number | false; signal?: AbortSignal | undefined; onProgress?: DownloadOptions['onProgress'] }): Download {
  let taken = false;
  const take = (): ReadableStream<Uint8Array> => {
    if (taken) throw new TypeError('This download was already read.');
    taken = true;
    const body = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
    return watched(body, options);
  };
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  return {
    filename: filenameOf(response.headers.get('content-disposition')),
    contentType,
    stream: take,
    async blob() {
      const reader = take().getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return new Blob(chunks, { type: contentType });
        chunks.push(new Uint8Array(value));
      }
    },
  };
}

function watched(body: ReadableStream<Uint8Array>, options: { timeout: number | false; signal?: AbortSignal | undefined; onProgress?: DownloadOptions['onProgress'] }): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let bytes = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const { timeout, signal } = options;
      const idle = new Promise<never>((_, reject) => {
        if (timeout !== false) timer = setTimeout(() => reject(new TimeoutError(timeout)), timeout);
      });
      try {
        const { done, value } = await untilAborted(Promise.race([reader.read(), idle]), signal);
        if (done) {
          controller.close();
          return;
        }
        bytes += value.byteLength;
        controller.enqueue(value);
        options.onProgress?.({ bytes });
      } catch (error) {
        const reason = signal?.aborted ? signal.reason : isTeamkitError(error) ? error : new NetworkError('The download broke off.', { cause: error });
        void reader.cancel(reason).catch(() => undefined);
        controller.error(reason);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  }, { highWaterMark: 0 });
}
