/**
 * The conformance suite: what every teamkit element does, whatever it shows, run with one call from its
 * `test/components/<tag>.conformance.test.ts` in Chromium against the reference backend. Shoelace runs one
 * suite of form-control tests against every form control; this is ours, for every element.
 *
 * Every check runs unless the spec says why it does not apply (`{ notApplicable: 'why' }`), so each element's
 * spec records each decision where a reviewer reads it.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { Fault } from '../../src/backend/index.js';
import type { TeamkitErrorEvent } from '../../src/components/shared/events.js';
import { reachability } from './conformance/keyboard.js';
import { dataStrings, englishLeft } from './conformance/language.js';
import { atWidth, NARROW, overflowOf } from './conformance/layout.js';
import type { Check, ConformanceSpec, RequestMatch } from './conformance/spec.js';
import {
  frames, isVisible, normalize, shownText, spokenPieces, visibleMatches, visibleText,
} from './conformance/screen.js';
import {
  eventually, holdRequests, hostileStrings, pwned, sentRequests, startBackend, type,
  type Backend, type MountOptions, type SeedRole, type SentRequest,
} from './helpers.js';

export type * from './conformance/spec.js';

const LOADING = '[part~="state"][part~="loading"]';
const EMPTY = '[part~="state"][part~="empty"]';
const ERROR = '[part~="state"][part~="error"]';
/** What shows a failure: an alert, a danger or warning notice, a form-level or field error. */
const FAILURE = '[role="alert"], [part~="notice"][part~="danger"], [part~="notice"][part~="warning"], [part~="form-error"], [part~="field-error"]';

/** The ways an API call fails, each as the backend's fault injection produces it. */
const FAULT_MATRIX: readonly { name: string; fault: Omit<Fault, 'method' | 'path'> }[] = [
  { name: '403 (permission taken away meanwhile)', fault: { status: 403, code: 'forbidden' } },
  { name: '404 (gone meanwhile)', fault: { status: 404, code: 'not_found' } },
  { name: '409 (conflict)', fault: { status: 409, code: 'conflict' } },
  { name: '412 (changed elsewhere)', fault: { status: 412, code: 'precondition_failed' } },
  { name: '422 (refused by the server)', fault: { status: 422, code: 'validation_failed' } },
  { name: '429 (too many requests)', fault: { status: 429, code: 'rate_limited', retryAfter: 30 } },
  { name: '500 (server error)', fault: { status: 500 } },
  { name: 'network down', fault: { network: true } },
];

const applies = <T>(check: Check<T>): check is T => !(typeof check === 'object' && check !== null && 'notApplicable' in check);

const matches = (match: RequestMatch, request: SentRequest) =>
  request.method === match.method && (typeof match.path === 'string' ? request.path === match.path : match.path.test(request.path));

const roleName = (role: SeedRole) => role.charAt(0).toUpperCase() + role.slice(1);

/** Waits until every request sent so far has been answered, so nothing is judged half-way. */
const answered = () => eventually(() => sentRequests().every((request) => request.status !== undefined), 'requests still on their way');

/** The element's field error for `field`, tied to it by `aria-describedby`, if one is shown. */
function fieldErrorOf(field: HTMLElement): string | undefined {
  const root = field.getRootNode() as ShadowRoot;
  const ids = field.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const error = ids.map((id) => root.getElementById(id)).find((node) => node?.matches('[part~="field-error"]') && isVisible(node));
  return error ? normalize(error.textContent ?? '') || undefined : undefined;
}

/** Registers the conformance checks of one element. */
export function describeConformance<E extends HTMLElement>(spec: ConformanceSpec<E>): void {
  const { states } = spec;

  describe(`<${spec.tag}> conformance`, () => {
    let backend: Backend;
    let errors: TeamkitErrorEvent[] = [];
    const onError = (event: TeamkitErrorEvent) => errors.push(event);
    const place = (options: MountOptions = {}) => spec.mount(backend, options);

    beforeEach(async () => {
      backend = await startBackend(spec.backend?.());
      errors = [];
      document.addEventListener('tk-error', onError);
    });

    afterEach(() => {
      document.removeEventListener('tk-error', onError);
      backend.faults.clear();
    });

    const { content } = spec;
    if (applies(content)) {
      it('shows its content accessibly once loaded', async () => {
        const el = await place();
        await content.prepare?.(el);
        await answered();
        expect(visibleMatches(el, `${LOADING}, ${ERROR}`).map((panel) => normalize(panel.textContent ?? ''))).to.deep.equal([]);
        expect(shownText(el), 'nothing shown').to.not.equal('');
        await expect(el).to.be.accessible();
      });
    }

    const { loading } = states;
    if (applies(loading)) {
      it('shows that it is loading while its data is on its way, and announces it', async () => {
        const { hold } = loading;
        const held = holdRequests(hold && ((request) => matches(hold, request)));
        const mounting = place();
        try {
          let panel: HTMLElement | undefined;
          await eventually(() => {
            const el = document.querySelector(spec.tag);
            panel = el ? visibleMatches(el, LOADING)[0] : undefined;
            return panel;
          }, 'no visible loading state while its requests were held');
          expect(panel?.closest('[role="status"], [aria-live]'), 'the loading state is not announced').to.be.instanceOf(Element);
          const el = document.querySelector(spec.tag);
          if (el) await expect(el).to.be.accessible();
        } finally {
          held.release();
        }
        const el = await mounting;
        await eventually(() => visibleMatches(el, LOADING).length === 0, 'still loading after its requests were let through');
      });
    }

    const { empty } = states;
    if (applies(empty)) {
      it('says so when there is nothing to show', async () => {
        empty.arrange?.(backend);
        const el = await place();
        await empty.reach?.(el);
        await eventually(() => visibleMatches(el, EMPTY).length > 0, `no visible empty state; shown: ${shownText(el)}`);
        expect(normalize(visibleMatches(el, EMPTY)[0]?.textContent ?? ''), 'the empty state says nothing').to.not.equal('');
        await expect(el).to.be.accessible();
      });
    }

    const { error } = states;
    if (applies(error)) {
      it(`shows a failed load in words with Try again, which recovers; tk-error says "${error.action}"`, async () => {
        backend.faults.add({ method: error.request.method, path: error.request.path, status: 500 });
        const el = await place();
        const [panel] = visibleMatches(el, ERROR);
        expect(panel, `no visible error state; shown: ${shownText(el)}`).to.be.instanceOf(Element);
        expect(panel?.closest('[role="alert"], [aria-live]'), 'the failure is not announced').to.be.instanceOf(Element);
        expect(errors.map((event) => event.action)).to.deep.equal([error.action]);
        await expect(el).to.be.accessible();
        const retry = panel?.querySelector<HTMLElement>('[part~="retry"]');
        expect(retry, 'no Try again').to.be.instanceOf(Element);
        retry?.click();
        await eventually(() => visibleMatches(el, `${ERROR}, ${LOADING}`).length === 0, 'Try again did not recover');
        expect(sentRequests().filter((request) => matches(error.request, request)).map((request) => request.status)).to.deep.equal([500, 200]);
      });
    }

    const { denied } = states;
    if (applies(denied)) {
      it(`tells a ${denied.as} why it is unavailable, and asks the server for nothing it refuses`, async () => {
        const el = await place({ as: denied.as });
        await answered();
        const reason = denied.reason ?? new RegExp(`Your role \\(${roleName(denied.as)}\\) doesn't allow`);
        expect(visibleText(el, reason), `no visible reason matching ${reason}; shown: ${shownText(el)}`).to.be.instanceOf(Element);
        const refused = sentRequests().filter((request) => request.status === 403).map((request) => `${request.method} ${request.path}`);
        expect(refused, 'requests the server refused').to.deep.equal([]);
        // A whole element the reader may not open tells the host too, once, as a load PermissionError.
        if (visibleMatches(el, '[part~="state"][part~="denied"]').length > 0) {
          await frames(2);
          const reported = errors.map((event) => [event.action, event.error instanceof Error ? event.error.name : typeof event.error]);
          expect(reported, 'tk-error for the denied element').to.deep.equal([['load', 'PermissionError']]);
        }
        await expect(el).to.be.accessible();
      });
    }

    const { hostile } = states;
    if (applies(hostile)) {
      for (const group of ['markup', 'unicode', 'long'] as const) {
        it(`shows hostile ${group} strings as text: nothing runs, the literal text shows`, async () => {
          const strings = (await hostileStrings())[group];
          for (const text of strings) {
            backend = await startBackend(spec.backend?.());
            hostile.arrange(backend, text);
            const el = await place();
            await hostile.reach?.(el);
            await eventually(() => shownText(el).includes(normalize(text)), `${text} is not shown as written; shown: ${shownText(el)}`);
            await answered();
            await frames(3);
            expect(pwned(), `${text} ran`).to.equal(false);
            fixtureCleanup();
          }
        });
      }
      const { input } = hostile;
      if (input) {
        it('refuses control characters and bidi overrides in a name with a field error, storing nothing and keeping what was typed', async () => {
          const { control } = await hostileStrings();
          let refused = 0;
          for (const text of control) {
            const el = await place();
            await input.prepare?.(el);
            const field = input.field(el);
            type(field, text);
            // A one-line input drops line breaks itself: what is left is an ordinary name, nothing to refuse.
            if (field.value !== text) continue;
            const stored = JSON.stringify(input.stored(backend));
            await input.submit(el);
            await eventually(() => field.getAttribute('aria-invalid') === 'true' && fieldErrorOf(field), `${JSON.stringify(text)} was not refused with a field error`);
            await answered();
            expect(JSON.stringify(input.stored(backend)), `${JSON.stringify(text)} was stored`).to.equal(stored);
            expect(field.value, 'what was typed was lost').to.equal(text);
            refused += 1;
            fixtureCleanup();
          }
          expect(refused).to.be.greaterThan(0);
        });
      }
    }

    const { mutation } = spec;
    if (applies(mutation)) {
      for (const { name, fault } of FAULT_MATRIX) {
        it(`a ${name} on ${mutation.request.method} ${mutation.request.path}: says so, keeps what was typed; tk-error says "${mutation.action}"`, async () => {
          const el = await place({ as: mutation.as });
          await answered();
          await mutation.fill?.(el);
          const typed = mutation.values?.(el);
          backend.faults.add({ method: mutation.request.method, path: mutation.request.path, ...fault });
          await mutation.submit(el);
          const status = fault.network ? 'network' : fault.status;
          await eventually(() => sentRequests().some((request) => matches(mutation.request, request) && request.status === status), 'the request was never sent');
          await eventually(() => visibleMatches(el, FAILURE).some((node) => normalize(node.textContent ?? '') !== ''), 'no failure shown');
          expect(errors.map((event) => event.action)).to.deep.equal([mutation.action]);
          if (mutation.values) expect(mutation.values(el), 'what was typed was lost').to.deep.equal(typed);
          await expect(el).to.be.accessible();
        });
      }
    }

    const { spanish } = spec;
    if (applies(spanish)) {
      it('speaks Spanish when its provider switches: no English left but the data', async () => {
        const el = await place();
        await spanish.prepare?.(el);
        await answered();
        const english = spokenPieces(el);
        const provider = el.closest<HTMLElement>('teamkit-provider');
        if (!provider) throw new Error(`<${spec.tag}> is not inside a <teamkit-provider>`);
        provider.setAttribute('locale', 'es');
        try {
          await eventually(() => provider.lang === 'es', 'the provider never switched to Spanish');
          await frames(3);
          await answered();
          const { englishWords, untranslated } = englishLeft(english, spokenPieces(el), dataStrings(sentRequests()), spanish.same);
          expect(englishWords.length, 'the English render shows no text of its own').to.be.greaterThan(0);
          expect(untranslated, 'English left in the Spanish render').to.deep.equal([]);
        } finally {
          // The language is the page's: the next check starts in English.
          provider.setAttribute('locale', 'en');
          await eventually(() => provider.lang === 'en', 'the provider never switched back to English');
        }
      });
    }

    const { keyboard } = spec;
    if (applies(keyboard)) {
      it('is reachable from the keyboard: every control on the Tab path (or in a widget that is) and named', async () => {
        const el = await place();
        await keyboard.prepare?.(el);
        await answered();
        const result = await reachability(el);
        expect(result.controls, 'no control to reach').to.be.greaterThan(0);
        expect(result.unreachable, 'controls Tab never reaches').to.deep.equal([]);
        expect(result.unnamed, 'controls without an accessible name').to.deep.equal([]);
      });
    }

    const { narrow } = spec;
    if (applies(narrow)) {
      it(`fits a ${NARROW} px wide screen: nothing sticks out sideways`, async () => {
        const el = await place();
        await narrow.prepare?.(el);
        await answered();
        const overflow = await atWidth(NARROW, async () => overflowOf(el));
        expect(overflow.sticking, 'nodes past the screen edge').to.deep.equal([]);
        expect(overflow.page, 'the page scrolls sideways by').to.be.at.most(0);
      });
    }
  });
}
