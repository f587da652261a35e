import type { ReactiveControllerHost } from 'lit';

/** How long an element may wait for its client before the warning: a provider upgrading later is fine. */
const GRACE_MS = 1000;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Development builds only: warns once per page and element name when an element has no API client a second
 * after it was connected, or carries a `client` *attribute* — what a framework does when it renders the tag
 * before the element is defined (`client="[object Object]"`), leaving it on "Loading…" for ever. Warnings
 * share Lit's `globalThis.litIssuedWarnings`, so a host silences one as it silences Lit's: by adding its code.
 */
export function checkClient(host: Host, client: () => unknown): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  host.addController({
    hostConnected() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const tag = host.localName;
        if (host.hasAttribute('client')) {
          warn('teamkit-client-attribute', `<${tag}> has a client attribute ("${host.getAttribute('client') ?? ''}"), which teamkit ignores: `
            + 'the client is a property. A framework sets the attribute when it renders the tag before the element is defined: '
            + `register teamkit's elements first (import 'teamkit/define.js', or await customElements.whenDefined('${tag}') before rendering), `
            + `set the property (.client=\${client}), or wrap the elements in <teamkit-provider base-url="…">.`);
        } else if (!client()) {
          warn('teamkit-no-client', `<${tag}> has no API client ${GRACE_MS / 1000} s after it was connected, so it shows "Loading…". `
            + `Wrap it in <teamkit-provider base-url="…">, or set its client property (element.client = createClient(…)). `
            + `If a framework renders it before it is defined, register teamkit's elements first (import 'teamkit/define.js', `
            + `or await customElements.whenDefined('${tag}')).`);
        }
      }, GRACE_MS);
    },
    hostDisconnected() {
      clearTimeout(timer);
    },
  });
}

function warn(code: string, message: string): void {
  const issued = ((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set());
  if (issued.has(code) || issued.has(message)) return;
  issued.add(message);
  console.warn(`${message} (teamkit development build; silence with litIssuedWarnings.add('${code}').)`);
}
