/**
 * The outbox panel: mail and SMS the reference backend "sent" (GET /demo/outbox), newest first. Invitation
 * mails link to the <accept-invite> page with their token; verification codes are shown large.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { absoluteUrl, acceptInviteHref, isComponent } from './pages.js';

interface OutboxMessage {
  id: string;
  to: string;
  kind: string;
  channel: 'email' | 'sms';
  subject: string;
  text: string;
  token?: string;
  code?: string;
  sentAt: string;
}

type OutboxState = { status: 'idle' | 'loading' } | { status: 'ready'; messages: OutboxMessage[] } | { status: 'error'; reason: string };

async function fetchOutbox(): Promise<OutboxMessage[]> {
  const response = await fetch('/demo/outbox', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /demo/outbox answered ${response.status}`);
  const body = (await response.json()) as OutboxMessage[] | { items?: OutboxMessage[]; messages?: OutboxMessage[] };
  const messages = Array.isArray(body) ? body : (body.items ?? body.messages ?? []);
  return [...messages].sort((a, b) => b.sentAt.localeCompare(a.sentAt) || b.id.localeCompare(a.id, undefined, { numeric: true }));
}

const time = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** A mail's text with its web addresses as links, as a mail client shows them. The text stays text. */
function withLinks(text: string): TemplateResult {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/);
  return html`${parts.map((part, index) => (index % 2 ? html`<a href=${part}>${part}</a>` : part))}`;
}

function messageView(message: OutboxMessage) {
  const invitation = message.kind === 'invitation' && message.token;
  return html`<li class="message">
    <header><span>${message.channel === 'sms' ? 'SMS' : 'Email'} to ${message.to}</span><time datetime=${message.sentAt}>${time.format(new Date(message.sentAt))}</time></header>
    <h3>${message.subject}</h3>
    <p>${withLinks(message.text)}</p>
    ${message.code ? html`<p>Code: <span class="code">${message.code}</span></p>` : nothing}
    ${invitation && message.token
      ? isComponent('accept-invite')
        ? html`<a class="button small primary" href=${absoluteUrl(acceptInviteHref(message.token))}>Open invitation in &lt;accept-invite&gt;</a>`
        : html`<p>Token: <code>${message.token}</code></p>`
      : nothing}
  </li>`;
}

/**
 * Renders the outbox into `panel`. `refresh()` reloads it; while the panel is open it also reloads every
 * few seconds, so mail sent from a demo shows up without a click.
 */
export function createOutbox(panel: HTMLElement, close: () => void, onCount: (count: number) => void) {
  let state: OutboxState = { status: 'idle' };
  let timer: ReturnType<typeof setInterval> | undefined;

  const draw = () => {
    render(html`
      <div class="panel-head">
        <h2 id="outbox-title">Outbox</h2>
        <span class="spacer"></span>
        <button type="button" class="button small" @click=${refresh}>Refresh</button>
        <button type="button" class="button small" @click=${close}>Close</button>
      </div>
      <p class="hint">Mail and SMS the reference backend sent, newest first. Invite someone from a demo, then follow the link.</p>
      <div aria-live="polite">
        ${state.status === 'error' ? html`<p class="notice">Could not load the outbox: ${state.reason}</p>` : nothing}
        ${state.status === 'loading' || state.status === 'idle' ? html`<p class="none">Loading…</p>` : nothing}
        ${state.status === 'ready' && state.messages.length === 0 ? html`<p class="none">Nothing sent yet.</p>` : nothing}
      </div>
      ${state.status === 'ready' && state.messages.length > 0
        ? html`<ul class="outbox-list">${state.messages.map(messageView)}</ul>`
        : nothing}
    `, panel);
  };

  async function refresh(): Promise<void> {
    if (state.status !== 'ready') state = { status: 'loading' };
    draw();
    try {
      state = { status: 'ready', messages: await fetchOutbox() };
      onCount(state.messages.length);
    } catch (error) {
      state = { status: 'error', reason: error instanceof Error ? error.message : String(error) };
    }
    draw();
  }

  draw();
  addEventListener('teamkit-docs:reset', () => void refresh());
  return {
    refresh,
    opened(open: boolean) {
      clearInterval(timer);
      timer = undefined;
      if (open) {
        void refresh();
        timer = setInterval(() => void refresh(), 4000);
      }
    },
  };
}
