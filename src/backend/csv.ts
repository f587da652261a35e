/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet, and streamed: rows are pulled from an iterator
 * a chunk at a time as the reader asks for them, so a large export never sits in memory whole.
 */

/**
 * What a spreadsheet takes for the start of a formula (`=`, `+`, `-`, `@`, tab, carriage return, and the
 * full-width forms of the first four, which some spreadsheets also accept). A cell starting with one gets a
 * leading `'`, so `=HYPERLINK(…)` is shown as text instead of run (OWASP's advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Quotes, separators and line breaks need quoting (RFC 4180); so does edge white space, which some readers trim. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Either of the above: most cells have neither, and one test lets them through as they are. */
const SPECIAL = /^[=+\-@\uff1d\uff0b\uff0d\uff20\s]|[",\r\n]|\s$/;

/** One cell: neutralised against formulas, then quoted with inner quotes doubled when it has to be. */
export function csvCell(value: string): string {
  if (!SPECIAL.test(value)) return value;
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ending in CRLF as RFC 4180 has it. */
export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + csvCell(cells[i] ?? '');
  return `${line}\r\n`;
}

export interface CsvStreamOptions {
  /** Records per chunk the stream hands out. Default 1000. */
  recordsPerChunk?: number;
  /** Runs before each chunk; throwing ends the stream with that error (e.g. the reader lost access meanwhile). */
  beforeChunk?: () => void;
}

/**
 * A stream of UTF-8 CSV: the header, then `records` as the reader pulls them. Nothing is read from the iterator
 * before the reader asks, and cancelling the stream stops the iterator.
 */
export function csvStream(header: readonly string[], records: Iterator<readonly string[]>, options: CsvStreamOptions = {}): ReadableStream<Uint8Array> {
  const perChunk = options.recordsPerChunk ?? 1000;
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      options.beforeChunk?.();
      // Joined once, not concatenated: the encoder then reads one flat string.
      const lines = headerSent ? [] : [csvRecord(header)];
      headerSent = true;
      let done = false;
      for (let count = 0; count < perChunk; count++) {
        const next = records.next();
        if (next.done) {
          done = true;
          break;
        }
        lines.push(csvRecord(next.value));
      }
      if (lines.length) controller.enqueue(encoder.encode(lines.join('')));
      if (done) controller.close();
    },
    cancel() {
      records.return?.();
    },
  }, { highWaterMark: 0 });
}
