/**
 * The clipboard as a test controls it: while allowed, the async Clipboard API records what was written; `block()`
 * makes it refuse, as an insecure origin or a sandboxed frame does. The legacy `execCommand('copy')` always
 * refuses here, so that a blocked clipboard really leaves copying to the reader.
 */
export interface ClipboardStub {
  copied: string[];
  block(): void;
  restore(): void;
}

export function stubClipboard(): ClipboardStub {
  let blocked = false;
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (blocked) throw new DOMException('Write permission denied.', 'NotAllowedError');
        copied.push(text);
      },
    },
  });
  Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
  return {
    copied,
    block: () => { blocked = true; },
    restore: () => {
      Reflect.deleteProperty(navigator, 'clipboard');
      Reflect.deleteProperty(document, 'execCommand');
    },
  };
}
