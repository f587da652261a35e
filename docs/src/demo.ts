/**
 * Live demos: each runs inside its own `<teamkit-provider base-url="/api">` whose client signs in as the user
 * the visitor "views as" (a token from the dev server's `/demo/sign-in`) and speaks the chosen language.
 *
 * Public pages (`<accept-invite>`) run as a signed-out visitor instead, as an invitation link does in a real
 * product. Their sign-in link leads to `?sign-in-as=<email>&return-to=<url>`, the docs' stand-in for a host's
 * sign-in page: it remembers the visitor for this tab and goes back to the invitation.
 */
import { html, render, type TemplateResult } from 'lit';
import '../../src/components/define.js';
import type { TeamkitProvider } from '../../src/components/teamkit-provider/teamkit-provider.component.js';
import type { ClientOptions } from '../../src/sdk/index.js';
import { demoUsers, demoWorkspaceId, locales, settings } from './settings.js';
import { applyTheme } from './theme.js';

type TokenGetter = NonNullable<ClientOptions['getToken']>;

/** Elements that live on public pages, shown to whoever opens a link. */
const PUBLIC_TAGS = new Set(['accept-invite']);
const visitorKey = 'teamkit-docs:visitor';

function visitor(): string | null {
  try {
    return sessionStorage.getItem(visitorKey);
  } catch {
    return null;
  }
}

function setVisitor(email: string | null): void {
  try {
    if (email) sessionStorage.setItem(visitorKey, email);
    else sessionStorage.removeItem(visitorKey);
  } catch {
    // Without storage the visitor stays signed out.
  }
}

// The stand-in sign-in page: remember who signed in, then return to the invitation (same origin only).
const signInRequest = new URLSearchParams(location.search);
const signInAs = signInRequest.get('sign-in-as');
const returnTo = signInRequest.get('return-to');
if (signInAs && returnTo) {
  const target = new URL(returnTo, location.href);
  if (target.origin === location.origin) {
    setVisitor(signInAs);
    location.replace(target.href);
  }
}

const tokens = new Map<string, Promise<string>>();
const getters = new Map<string, TokenGetter>();
const providers = new Set<TeamkitProvider>();

async function signIn(email: string): Promise<string> {
  const response = await fetch(`/demo/sign-in?email=${encodeURIComponent(email)}`);
  if (!response.ok) throw new Error(`Signing in as ${email} failed: ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  return token;
}

/** One getter per user, so re-applying the same user keeps the provider's client. */
function tokenGetter(email: string): TokenGetter {
  let getter = getters.get(email);
  if (!getter) {
    getter = ({ refresh }) => {
      let token = tokens.get(email);
      if (refresh || !token) {
        token = signIn(email);
        tokens.set(email, token);
        token.catch(() => tokens.delete(email));
      }
      return token;
    };
    getters.set(email, getter);
  }
  return getter;
}

const signedOut: TokenGetter = () => null;

/** Providers of public pages, which run as the visitor rather than as the chosen role. */
const publicProviders = new WeakSet<TeamkitProvider>();

function configure(provider: TeamkitProvider): void {
  const { role, locale } = settings.value;
  const publicPage = publicProviders.has(provider);
  const email = publicPage ? visitor() : demoUsers[role];
  provider.getToken = email ? tokenGetter(email) : signedOut;
  provider.locale = locale;
}

settings.addEventListener('change', () => providers.forEach(configure));

/** Re-enables the scripts of parsed markup (the parser leaves them inert); they run once inserted. */
function revive(root: ParentNode): void {
  for (const inert of root.querySelectorAll('script')) {
    const script = document.createElement('script');
    for (const { name, value } of inert.attributes) script.setAttribute(name, value);
    script.textContent = inert.textContent;
    inert.replaceWith(script);
  }
}

/** Every demo on the page, by surface, with what restarts it. */
const restarts = new Map<HTMLElement, () => void>();

/**
 * Puts the reference backend back to its seed data (POST /demo/reset) and restarts every demo on the page.
 * Tokens of the old backend mean nothing to the new one, so the clients are rebuilt too.
 */
export async function resetDemoData(): Promise<void> {
  const response = await fetch('/demo/reset', { method: 'POST' });
  if (!response.ok) throw new Error(`POST /demo/reset answered ${response.status}`);
  tokens.clear();
  getters.clear();
  for (const restart of [...restarts.values()]) restart();
  dispatchEvent(new Event('teamkit-docs:reset'));
}

function barView(bar: HTMLElement, restart: () => void, publicPage: boolean) {
  const { role, locale } = settings.value;
  const language = locales.find((each) => each.tag === locale)?.label ?? locale;
  const who = visitor();
  const signOut = () => {
    setVisitor(null);
    restart();
  };
  render(html`
    <span class="live">Live</span>
    ${publicPage
      ? html`<span>${who ? html`signed in as <strong>${who}</strong>` : 'as a signed-out visitor'} · ${language}</span>
        ${who ? html`<button type="button" class="button small" @click=${signOut}>Sign out</button>` : ''}`
      : html`<span>as <strong>${demoUsers[role]}</strong> (${role}) · ${language}</span>`}
    <span class="spacer"></span>
    <button type="button" class="button small" @click=${restart}>Restart demo</button>
    <button type="button" class="button small" title="Reload the reference backend's seed data"
      @click=${() => void resetDemoData()}>Reset demo data</button>
  `, bar);
}

/** The frame a demo runs in: a bar saying who it runs as, and the themed surface. */
export function demoFrame(tag: string): TemplateResult {
  return html`<section class="demo-frame" aria-label=${`Live demo of <${tag}>`}>
    <div class="demo-bar"></div>
    <div class="demo-surface" data-demo-tag=${tag}></div>
  </section>`;
}

/**
 * Mounts demo `markup` (the site's own snippet files, never visitor or manifest text) into a `.demo-surface`
 * inside a configured provider. The provider gets its client before it connects, so no request goes out
 * unsigned. The surface's `data-demo-tag` names the element the demo is about; a `.demo-bar` just before
 * the surface gets the demo's status and buttons.
 */
export function mountDemo(surface: HTMLElement, markup: DocumentFragment): void {
  const pristine = markup.cloneNode(true) as DocumentFragment;
  const provider = document.createElement('teamkit-provider');
  const publicPage = PUBLIC_TAGS.has(surface.dataset.demoTag ?? '');
  if (publicPage) publicProviders.add(provider);
  configure(provider);
  provider.baseUrl = '/api';
  provider.workspaceId = demoWorkspaceId;
  provider.append(markup);
  providers.add(provider);
  surface.replaceChildren(provider);
  applyTheme(surface);
  revive(provider);

  const bar = surface.previousElementSibling;
  const drawBar = () => {
    if (bar instanceof HTMLElement && bar.classList.contains('demo-bar')) barView(bar, restart, publicPage);
  };
  const restart = () => {
    providers.delete(provider);
    settings.removeEventListener('change', drawBar);
    mountDemo(surface, pristine);
  };
  restarts.set(surface, restart);
  drawBar();
  settings.addEventListener('change', drawBar);
}

/** Parses a snippet of trusted demo HTML into a fragment of (not yet connected) elements. */
export function parseDemo(source: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = source;
  return document.importNode(template.content, true);
}
