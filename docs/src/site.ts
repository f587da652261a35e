/**
 * The chrome every docs page shares: header (view as, language, theme, outbox, the two references), the navigation
 * built from the page list, and the two header panels. Pages call `startSite()` and fill <main> themselves.
 */
import { html, nothing, render } from 'lit';
import { createOutbox } from './outbox.js';
import { httpReferenceHref, sdkReferenceHref, siteSections, type SitePage } from './pages.js';
import { demoRoles, demoUsers, locales, settings, type DemoLocale, type DemoRole } from './settings.js';
import { renderThemePanel } from './theme.js';

const icons = {
  menu: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`,
  palette: html`<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.4"/><circle cx="5.5" cy="6.5" r="1.1" fill="currentColor"/><circle cx="8.5" cy="4.8" r="1.1" fill="currentColor"/><circle cx="10.8" cy="7.3" r="1.1" fill="currentColor"/></svg>`,
  mail: html`<svg viewBox="0 0 16 16" aria-hidden="true"><rect x="1.8" y="3.3" width="12.4" height="9.4" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.4"/><path d="m2.5 4.5 5.5 4 5.5-4" fill="none" stroke="currentColor" stroke-width="1.4"/></svg>`,
  book: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2.5h7.5a2 2 0 0 1 2 2v9H5a2 2 0 0 1-2-2z M3 11.5a2 2 0 0 1 2-2h7.5" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/></svg>`,
  braces: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5.5 2.5c-1.5 0-2 .7-2 2v1.6c0 .9-.5 1.4-1.5 1.9 1 .5 1.5 1 1.5 1.9v1.6c0 1.3.5 2 2 2M10.5 2.5c1.5 0 2 .7 2 2v1.6c0 .9.5 1.4 1.5 1.9-1 .5-1.5 1-1.5 1.9v1.6c0 1.3-.5 2-2 2" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
};

type PanelName = 'theme' | 'outbox';

/** Whether `page` is the one shown: same path and, for templated pages, the same `tag`/`doc`. */
function isCurrent(page: SitePage): boolean {
  const target = new URL(page.href, location.origin);
  const here = new URL(location.href);
  const path = (url: URL) => url.pathname.replace(/index\.html$/, '');
  return path(target) === path(here)
    && [...target.searchParams].every(([name, value]) => here.searchParams.get(name) === value);
}

function navView() {
  return siteSections().map((section) => html`
    <h2 id="nav-${section.title.toLowerCase()}">${section.title}</h2>
    <ul aria-labelledby="nav-${section.title.toLowerCase()}">
      ${section.pages.map((page) => html`<li>
        <a href=${page.href} ?data-site-page=${page.sitePage} aria-current=${isCurrent(page) ? 'page' : nothing}>
          ${page.code ? html`<code>${page.label}</code>` : page.label}
        </a>
      </li>`)}
    </ul>`);
}

/** An element of the page skeleton every docs page shares (see docs/index.html). */
function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`A docs page needs #${id}`);
  return element;
}

/** Renders the chrome into the page skeleton (see docs/index.html) and wires it up. */
export function startSite(): void {
  const header = required('site-header');
  const nav = required('site-nav');
  const themePanel = required('theme-panel');
  const outboxPanel = required('outbox-panel');

  let open: PanelName | undefined;
  let menuOpen = false;
  let outboxCount: number | undefined;
  const panels = { theme: themePanel, outbox: outboxPanel };

  const outbox = createOutbox(outboxPanel, () => toggle('outbox'), (count) => {
    outboxCount = count;
    draw();
  });
  renderThemePanel(themePanel, () => toggle('theme'));

  function toggle(name: PanelName, returnFocus = true): void {
    const closing = open === name;
    open = closing ? undefined : name;
    for (const [key, panel] of Object.entries(panels)) panel.hidden = key !== open;
    outbox.opened(open === 'outbox');
    draw();
    if (closing) {
      if (returnFocus) document.getElementById(`${name}-button`)?.focus();
    } else {
      panels[name].querySelector<HTMLElement>('button, input, a')?.focus();
    }
  }

  function draw(): void {
    const { role, locale } = settings.value;
    render(html`
      <a class="brand" href="/docs/"><img src="/docs/favicon.svg" alt="">teamkit <span class="tagline">account &amp; workspace settings, as web components</span></a>
      <button type="button" class="button menu-button" aria-expanded=${String(menuOpen)} aria-controls="site-nav"
        @click=${() => { menuOpen = !menuOpen; nav.classList.toggle('open', menuOpen); draw(); }}>
        ${icons.menu} Menu
      </button>
      <div class="header-controls">
        <label class="control">View as
          <select @change=${(event: Event) => settings.update({ role: (event.target as HTMLSelectElement).value as DemoRole })}>
            ${demoRoles.map((each) => html`<option value=${each} ?selected=${each === role} title=${demoUsers[each]}>${each}</option>`)}
          </select>
        </label>
        <label class="control"><span class="compact-hide">Language</span>
          <select @change=${(event: Event) => settings.update({ locale: (event.target as HTMLSelectElement).value as DemoLocale })}>
            ${locales.map((each) => html`<option value=${each.tag} lang=${each.tag} ?selected=${each.tag === locale}>${each.label}</option>`)}
          </select>
        </label>
        <button type="button" id="theme-button" class="button" aria-expanded=${String(open === 'theme')} aria-controls="theme-panel"
          @click=${() => toggle('theme')}>${icons.palette} Theme</button>
        <button type="button" id="outbox-button" class="button" aria-expanded=${String(open === 'outbox')} aria-controls="outbox-panel"
          @click=${() => toggle('outbox')}>
          ${icons.mail} Outbox ${outboxCount ? html`<span class="count"><span class="visually-hidden">(</span>${outboxCount}<span class="visually-hidden"> messages)</span></span>` : nothing}
        </button>
        <a class="button reference-link" href=${sdkReferenceHref}>${icons.book} <span class="compact-hide">SDK reference</span><span class="compact-show" aria-hidden="true">SDK</span></a>
        <a class="button reference-link" href=${httpReferenceHref}>${icons.braces} <span class="compact-hide">HTTP API reference</span><span class="compact-show" aria-hidden="true">HTTP API</span></a>
      </div>
    `, header);
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) toggle(open);
  });

  render(navView(), nav);
  draw();
  settings.addEventListener('change', draw);
  void outbox.refresh();
}
