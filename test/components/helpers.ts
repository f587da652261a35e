/**
 * Browser-test plumbing shared by every element's tests: one msw service worker per test file serving a fresh
 * reference backend per test, clients signed in as a seed user, and a `mount` that wraps the element in a
 * provider and waits until its first data has loaded.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { html, type TemplateResult } from 'lit';
import { createBackend } from '../../src/backend/index.js';
import { createClient, type Client, type ClientOptions } from '../../src/sdk/index.js';
import '../../src/components/define.js';

// Every test file starts with its page in front, with focus (see focus-page in web-test-runner.config.mjs).
before(async () => {
  await executeServerCommand('focus-page');
});

export type Backend = ReturnType<typeof createBackend>;
export type BackendOptions = NonNullable<Parameters<typeof createBackend>[0]>;

export const API = '/api';
let backend: Backend | undefined;
let worker: Promise<SetupWorker> | undefined;

function startWorker(): Promise<SetupWorker> {
  worker ??= (async () => {
    const instance = setupWorker(
      http.all(`${API}/*`, async ({ request }) => {
        if (!backend) return HttpResponse.json({ message: 'no backend started' }, { status: 500 });
        const served = backend;
        const seen = await arrive(request);
        try {
          return await record(seen, await served.fetch(request));
        } catch (error) {
          // The backend's `network` fault rejects like fetch does when offline; msw's way to say so is this.
          if (error instanceof TypeError) {
            seen.status = 'network';
            return HttpResponse.error();
          }
          throw error;
        }
      }),
    );
    await instance.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
    return instance;
  })();
  return worker;
}

/** A fresh seeded reference backend behind the service worker, for one test. */
export async function startBackend(options: BackendOptions = {}): Promise<Backend> {
  backend = createBackend({ ...options, basePath: API });
  log.length = 0;
  releaseAll();
  await startWorker();
  return backend;
}

/** Seed users by role in the first workspace. */
export const users = {
  owner: 'owner@acme.test',
  admin: 'admin@acme.test',
  member: 'member@acme.test',
  viewer: 'viewer@acme.test',
} as const;
export type SeedRole = keyof typeof users;

/** A client signed in as a seed user (or any email the backend knows). No retries, so error states show at once. */
export function clientFor(server: Backend, who: SeedRole | string, options: Partial<ClientOptions> = {}): Client {
  const email = who in users ? users[who as SeedRole] : who;
  const token = server.signIn(email);
  return createClient({ baseUrl: API, getToken: () => token, retry: 0, ...options });
}

export interface MountOptions {
  as?: SeedRole | string;
  client?: Client;
  locale?: string;
  workspaceId?: string;
  timeZone?: string;
}

/**
 * Renders `template` inside a `<teamkit-provider>` for the given user and waits until the first element in it
 * has finished its initial load (no loading panel left).
 */
export async function mount<T extends HTMLElement>(server: Backend, template: TemplateResult, options: MountOptions = {}): Promise<T> {
  const client = options.client ?? clientFor(server, options.as ?? 'owner');
  const provider = await fixture<HTMLElement>(html`<teamkit-provider
    .client=${client}
    workspace-id=${options.workspaceId ?? 'ws_acme'}
    locale=${options.locale ?? 'en'}
    time-zone=${options.timeZone ?? 'UTC'}
  >${template}</teamkit-provider>`);
  const element = provider.firstElementChild as T;
  await settle(element);
  return element;
}

/** Waits until the element shows no loading panel and has finished rendering. */
export async function settle(element: HTMLElement, timeout = 5000): Promise<void> {
  await waitUntil(() => !element.shadowRoot?.querySelector('[part~="loading"]'), 'still loading', { timeout });
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Waits for what a user would wait for; generous, since a busy CI machine may take seconds for a first load. */
export function eventually<T>(predicate: () => T, message: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 10_000 });
}

/** The element's shadow root, for reading the screen. */
export function screen(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Finds a button by its visible text (trimmed, exact), as a user would. */
export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

/** Types into an input like a user: sets the value and fires `input` then `change`. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Picks an option of a native select like a user. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Groups of test/fixtures/hostile-strings.json; `control` is what single-line names must refuse. */
export interface HostileStrings {
  markup: string[];
  unicode: string[];
  long: string[];
  control: string[];
}

/** The hostile strings every untrusted-text test uses. */
export async function hostileStrings(): Promise<HostileStrings> {
  const response = await fetch('/test/fixtures/hostile-strings.json');
  return response.json() as Promise<HostileStrings>;
}

/** True if any hostile payload executed. */
export function pwned(): boolean {
  return (window as unknown as { __pwned?: unknown }).__pwned !== undefined;
}

/** A request the element sent, as the backend saw it: its API path, and how it was answered once it was. */
export interface SentRequest {
  method: string;
  /** The path below {@link API}, e.g. `/workspaces/ws_acme/invitations`. */
  path: string;
  /** The answer's status, `network` for an injected dropped connection, undefined while it is on its way. */
  status?: number | 'network';
  /** The answer's JSON body, when it had one: what the element was given to show. */
  body?: unknown;
}

const log: SentRequest[] = [];
const holds = new Set<{ matches: (request: SentRequest) => boolean; released: Promise<void>; release: () => void }>();

/** Every request sent to the backend since the test's `startBackend()`, in order. */
export function sentRequests(): readonly SentRequest[] {
  return log;
}

export interface Held {
  /** Lets the held requests (and later matching ones) through. */
  release(): void;
}

/**
 * Holds matching requests (by default every one) before the backend sees them, until `release()`: an element's
 * loading state stays on screen for as long as a test looks at it. `startBackend()` releases what is left.
 */
export function holdRequests(matches: (request: SentRequest) => boolean = () => true): Held {
  let release = () => {};
  const released = new Promise<void>((resolve) => { release = resolve; });
  const hold = { matches, released, release: () => { holds.delete(hold); release(); } };
  holds.add(hold);
  return { release: hold.release };
}

function releaseAll(): void {
  for (const hold of holds) hold.release();
}

async function arrive(request: Request): Promise<SentRequest> {
  const seen: SentRequest = { method: request.method, path: new URL(request.url).pathname.slice(API.length) };
  log.push(seen);
  await Promise.all([...holds].filter((hold) => hold.matches(seen)).map((hold) => hold.released));
  return seen;
}

async function record(seen: SentRequest, response: Response): Promise<Response> {
  seen.status = response.status;
  if (response.headers.get('content-type')?.includes('json')) seen.body = await response.clone().json().catch(() => undefined);
  return response;
}

/** The form control a visible label names (exactly, whitespace collapsed), as a user finds it. */
export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, label: string): T {
  const found = [...root.querySelectorAll('label')].find((node) => node.textContent?.replace(/\s+/g, ' ').trim() === label);
  const control = found?.control ?? null;
  if (!control) throw new Error(`no control labelled "${label}"`);
  return control as unknown as T;
}

/** Text as it reads on screen: runs of white space collapsed, trimmed. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
