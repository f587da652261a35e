/**
 * ListController, driven by a small list of the workspace's members over the reference backend: the first
 * page, "Load more" with its footer, one request at a time, aborts, failures with retry, optimistic edits.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Client, Member, Page } from '../../../src/sdk/index.js';
import { ListController, type ListOptions } from '../../../src/components/shared/controllers/list-controller.js';
import { renderEmpty } from '../../../src/components/shared/feedback/states.js';
import { TeamkitElement } from '../../../src/components/shared/teamkit-element.js';
import { buttonByText, eventually, mount, screen, startBackend, type Backend } from '../helpers.js';

const PAGE = 4;

/** A test-only element: the workspace's members, four at a time, optionally held back before later pages. */
class MemberPager extends TeamkitElement {
  @property({ attribute: 'role-filter' }) accessor roleFilter = '';
  /** Later pages wait for this while it is set, so a test can act while one is on its way. */
  gate: Promise<void> | undefined;
  /** The cursors pages were asked with, in order (undefined: the first page). */
  readonly asked: (string | undefined)[] = [];

  /** The list's options, kept so that a test can change what it announces. */
  readonly options: ListOptions<Member, readonly [Client | undefined, string | undefined, string]> = {
    args: () => [this.api, this.currentWorkspaceId, this.roleFilter] as const,
    load: async ([client, workspaceId, role], cursor, signal): Promise<Page<Member> | undefined> => {
      if (!client || !workspaceId) return undefined;
      this.asked.push(cursor);
      if (cursor) await this.gate;
      return client.members.list(workspaceId, { limit: PAGE, sort: 'name', role: role || undefined, cursor }, { signal });
    },
    focusItem: (key) => this.renderRoot.querySelector<HTMLElement>(`[data-id="${key}"]`),
  };

  readonly list = new ListController(this, this.options);

  override render(): TemplateResult {
    return html`${this.list.render({
      items: (items) => html`<ul>${items.map((member) => html`<li tabindex="-1" data-id=${member.id}>${member.name}</li>`)}</ul>`,
      empty: () => renderEmpty('Nobody here'),
    })}${this.list.renderFooter()}`;
  }
}
customElements.define('tk-test-member-pager', MemberPager);

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((done, fail) => { resolve = done; reject = fail; });
  return { promise, resolve, reject };
}

const names = (el: MemberPager) => [...screen(el).querySelectorAll('li')].map((item) => item.textContent ?? '');
const footer = (el: MemberPager) => screen(el).querySelector('[part~="footer"]');
const statusText = (el: MemberPager) => footer(el)?.querySelector('[part~="total"]')?.textContent?.trim();
const failure = (el: MemberPager) => footer(el)?.querySelector('[part~="notice"][part~="danger"]');

describe('ListController', () => {
  let backend: Backend;
  let el: MemberPager;
  let total: number;

  beforeEach(async () => {
    backend = await startBackend();
    el = await mount<MemberPager>(backend, html`<tk-test-member-pager></tk-test-member-pager>`);
    total = el.list.total;
  });

  it('shows the first page and how much of the list that is', async () => {
    expect(names(el)).to.have.length(PAGE);
    expect(total).to.be.greaterThan(PAGE * 2);
    expect(statusText(el)).to.equal(`Showing ${PAGE} of ${total}`);
    expect(el.list.hasMore).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('loads page after page with "Load more", then the footer goes and focus moves to the first new item', async () => {
    while (el.list.items.length + PAGE < total) {
      const shown = names(el).length;
      buttonByText(screen(el), 'Load more').click();
      await eventually(() => names(el).length === shown + PAGE, 'the next page never came');
    }
    const lastFirst = el.list.items.length;
    const button = buttonByText(screen(el), 'Load more');
    button.focus();
    button.click();
    await eventually(() => !footer(el), 'the footer stayed after the last page');
    expect(names(el)).to.have.length(total);
    expect(new Set(names(el)).size).to.equal(total);
    const firstNew = el.list.items[lastFirst];
    await eventually(() => screen(el).activeElement?.getAttribute('data-id') === firstNew?.id, 'focus did not move to the first new item');
  });

  it('tells screen readers how much is shown after each page, or what came first when the element names it', async () => {
    const said = () => document.getElementById('teamkit-announcer-polite')?.textContent ?? '';
    buttonByText(screen(el), 'Load more').click();
    await waitUntil(() => said() === `Showing ${PAGE * 2} of ${total}`, `announced: "${said()}"`);
    el.options.announceMore = (added) => `${added} more members loaded`;
    buttonByText(screen(el), 'Load more').click();
    await waitUntil(() => said() === `${PAGE} more members loaded. Showing ${PAGE * 3} of ${total}`, `announced: "${said()}"`);
  });

  it('asks for a page once however often it is asked, and says it is busy meanwhile', async () => {
    const gate = deferred();
    el.gate = gate.promise;
    const button = buttonByText(screen(el), 'Load more');
    button.click();
    button.click();
    void el.list.loadMore();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent?.trim()).to.equal('Loading…');
    gate.resolve();
    await eventually(() => names(el).length === PAGE * 2, 'the second page never came');
    expect(el.asked.filter(Boolean)).to.have.length(1);
  });

  it('drops a page on its way when the list is loaded again for other arguments', async () => {
    const gate = deferred();
    el.gate = gate.promise;
    const stale = el.list.loadMore();
    el.roleFilter = 'viewer';
    await eventually(() => el.list.items.every((member) => member.role === 'viewer') && names(el).length > 0, 'the filtered list never came');
    gate.resolve();
    await stale;
    await el.updateComplete;
    expect(el.list.items.every((member) => member.role === 'viewer')).to.equal(true);
    expect(el.list.loadingMore).to.equal(false);
  });

  it('keeps what it has when a further page fails, says why, and tries again from the footer', async () => {
    const errors: string[] = [];
    el.addEventListener('tk-error', (event) => errors.push(event.action));
    backend.faults.add({ path: /\/members$/u, status: 503 });
    buttonByText(screen(el), 'Load more').click();
    await eventually(() => failure(el), 'no error shown');
    expect(failure(el)?.getAttribute('role')).to.equal('alert');
    expect(failure(el)?.textContent).to.include("Couldn't load more.");
    expect(names(el)).to.have.length(PAGE);
    expect(errors).to.deep.equal(['load-more']);
    // A list that loads on scroll does not try again by itself.
    await el.list.loadMore();
    expect(el.asked.filter(Boolean)).to.have.length(1);
    await expect(el).to.be.accessible();
    buttonByText(screen(el), 'Try again').click();
    await eventually(() => names(el).length === PAGE * 2, 'the retry did not load the page');
    expect(failure(el)).to.equal(null);
  });

  it('shows a failed first page with a retry, and reports it as load', async () => {
    backend.faults.add({ path: /\/members$/u, status: 500 });
    const errors: string[] = [];
    el.addEventListener('tk-error', (event) => errors.push(event.action));
    await el.list.refresh();
    await el.updateComplete;
    expect(screen(el).querySelector('[part~="error"]')?.textContent).to.include('Something went wrong');
    expect(errors).to.deep.equal(['load']);
    buttonByText(screen(el), 'Try again').click();
    await eventually(() => names(el).length === PAGE, 'the retry did not load the list');
  });

  it('shows optimistic edits at once and takes each back with its rollback', async () => {
    const [first, second] = el.list.items;
    if (!first || !second) throw new Error('the first page is too short');
    const extra: Member = { ...first, id: 'mem_new', name: 'Zed New' };

    const undoInsert = el.list.insert(extra, 1);
    await el.updateComplete;
    expect(names(el)[1]).to.equal('Zed New');
    expect(el.list.total).to.equal(total + 1);
    undoInsert();

    const undoRename = el.list.replace(second.id, { ...second, name: 'Renamed' });
    const undoRemove = el.list.remove(first.id);
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Renamed');
    expect(el.list.total).to.equal(total - 1);
    undoRemove();
    undoRename();
    await el.updateComplete;
    expect(names(el).slice(0, 2)).to.deep.equal([first.name, second.name]);
    expect(el.list.total).to.equal(total);
    expect(statusText(el)).to.equal(`Showing ${PAGE} of ${total}`);
  });

  it('undoes an optimistic edit whose call fails, and keeps one whose call works', async () => {
    const [first] = el.list.items;
    if (!first) throw new Error('no first member');
    const call = deferred();
    const failing = el.list.optimistic(el.list.remove(first.id), call.promise).catch((error: Error) => error.message);
    await el.updateComplete;
    expect(el.list.get(first.id)).to.equal(undefined);
    call.reject(new Error('refused'));
    expect(await failing).to.equal('refused');
    expect(el.list.get(first.id)).to.equal(first);
    expect(await el.list.optimistic(el.list.remove(first.id), Promise.resolve('ok'))).to.equal('ok');
    expect(el.list.get(first.id)).to.equal(undefined);
  });

  it('speaks Spanish', async () => {
    const spanish = await mount<MemberPager>(backend, html`<tk-test-member-pager></tk-test-member-pager>`, { locale: 'es' });
    await eventually(() => statusText(spanish) === `Mostrando ${PAGE} de ${total}`, 'the footer is not in Spanish');
    expect(buttonByText(screen(spanish), 'Cargar más')).to.not.equal(undefined);
  });
});
