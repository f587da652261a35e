import { html, svg, type TemplateResult } from 'lit';

/** 16-px stroke icons; always decorative: the text beside them carries the meaning. */
export const icon = (body: ReturnType<typeof svg>): TemplateResult =>
  html`<svg class="icon" part="icon" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const warningIcon = () => icon(svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0zM12 9v4M12 17h.01" />`);
export const closeIcon = () => icon(svg`<path d="M18 6 6 18M6 6l12 12" />`);
