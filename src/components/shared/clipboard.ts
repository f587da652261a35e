import { deepActiveElement } from './confirm-controller.js';

/**
 * Copies `text` to the clipboard: the async Clipboard API first, then the legacy `execCommand('copy')` for
 * pages where that API is blocked (insecure origins, some embedded frames). Resolves false when neither
 * worked, so the caller can show the text for copying by hand. Focus is left where it was.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Blocked or unavailable: try the legacy way below.
  }
  const focused = deepActiveElement();
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
