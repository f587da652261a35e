import { msg } from '@lit/localize';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { CopyController } from '../shared/clipboard.js';

/** The README's verification snippet for Node (its "Webhooks" section), as a receiver copies it. */
export const VERIFY_SNIPPET = `// verify-teamkit-signature.mjs
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whether \`header\` (Teamkit-Signature) signs \`rawBody\` with \`secret\`, at most \`toleranceSeconds\` from now. */
export function verifyTeamkitSignature(rawBody, header, secret, toleranceSeconds = 300, now = Date.now()) {
  const fields = header.split(',').map((field) => field.trim().split('='));
  const timestamp = Number(fields.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(\`\${timestamp}.\${rawBody}\`).digest();
  return fields
    .filter(([key, value]) => key === 'v1' && /^[0-9a-f]{64}$/.test(value ?? ''))
    .some(([, value]) => timingSafeEqual(Buffer.from(value, 'hex'), expected));
}

// e.g. with express: app.post('/hooks', express.raw({ type: 'application/json' }), (req, res) => {
//   if (!verifyTeamkitSignature(req.body.toString('utf8'), req.get('Teamkit-Signature'), process.env.WHSEC)) return res.sendStatus(400);
//   const event = JSON.parse(req.body); … res.sendStatus(200); });
`;

/**
 * The body of "Verify signatures": how a receiver checks a delivery, and the Node code with its copy button. It
 * loads when the section first opens; the code is the same in every language.
 */
export class VerifyHelp {
  readonly #copy: CopyController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#copy = new CopyController(host);
  }

  render(): TemplateResult {
    return html`<div class="help-body">
      <p>${msg('Every delivery carries a Teamkit-Signature header: t, the time it was signed, and v1, an HMAC-SHA256 of the time, a dot and the raw body, keyed with the signing secret. After a rotation a delivery carries one v1 per secret still in force.', { id: 'tk.webhook-manager.verify_scheme' })}</p>
      <p>${msg('Check it on the raw body, before parsing it, and refuse old timestamps. Answer with a 2xx quickly and ignore an event id you have seen: retries and redeliveries repeat it.', { id: 'tk.webhook-manager.verify_advice' })}</p>
      <div class="code-head">
        <span class="label" id="snippet-label">${msg('Node.js', { id: 'tk.webhook-manager.verify_node' })}</span>
        ${this.#copy.render({
          key: 'snippet',
          text: () => VERIFY_SNIPPET,
          name: msg('Copy the Node.js code', { id: 'tk.webhook-manager.copy_snippet' }),
          select: () => this.host.renderRoot.querySelector<HTMLElement>('pre.code'),
        })}
      </div>
      <pre class="code" part="code snippet" tabindex="0" role="region" aria-labelledby="snippet-label" translate="no"><code>${VERIFY_SNIPPET}</code></pre>
    </div>`;
  }
}
