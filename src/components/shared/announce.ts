/**
 * Speaks a short status to screen readers ("Invitation sent", "Role changed to Admin") through one visually
 * hidden live region in the document. It lives in the light DOM so that every assistive technology hears it.
 */
export function announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
  const id = `teamkit-announcer-${politeness}`;
  let region = document.getElementById(id);
  if (!region) {
    region = document.createElement('div');
    region.id = id;
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'true');
    region.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
    region.style.cssText = 'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    document.body.append(region);
  }
  // Clearing first makes a repeated identical message be announced again.
  region.textContent = '';
  const target = region;
  setTimeout(() => { target.textContent = message; }, 50);
}
