/**
 * docs/component.html?tag=<tag>: the one template every component page comes from. The live demo is
 * docs/demos/<tag>.html; the API tables come from /custom-elements.json. Other query parameters that name
 * one of the element's attributes are set on it, so `?token=…` opens <accept-invite> on an invitation.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { elements } from '../../src/components/elements.js';
import { apiSections, richText } from './api-tables.js';
import { codeBlock } from './code.js';
import { demoFrame, mountDemo, parseDemo } from './demo.js';
import { elementDoc, type ManifestResult } from './manifest.js';
import { componentHref, componentTags, isComponent } from './pages.js';
import { startSite } from './site.js';

startSite();

const page = document.getElementById('page');
const tag = new URLSearchParams(location.search).get('tag') ?? '';

async function demoSource(): Promise<{ source: string; missing: boolean }> {
  const response = await fetch(`/docs/demos/${tag}.html`);
  if (response.ok) return { source: (await response.text()).trimEnd(), missing: false };
  return { source: `<${tag}></${tag}>`, missing: true };
}

/** The tags a snippet uses, for its import lines. */
function tagsIn(source: string): string[] {
  return componentTags().filter((each) => new RegExp(`<${each}[\\s>]`).test(source));
}

/** The import lines a snippet needs: the provider's, then one per element it uses. */
function importsFor(source: string): string {
  const used = ['teamkit-provider', ...tagsIn(source).filter((each) => each !== 'teamkit-provider')];
  return used.map((each) => `import 'teamkit/components/${each}.js';`).join('\n');
}

function observes(attribute: string): boolean {
  const observed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  return observed.includes(attribute);
}

/** URL parameters naming an attribute the element observes, e.g. `?token=` for <accept-invite>. */
function attributesFromUrl(): [string, string][] {
  return [...new URLSearchParams(location.search)].filter(([name]) => name !== 'tag' && observes(name));
}

function manifestNotice(result: ManifestResult): TemplateResult | typeof nothing {
  if (result.status === 'missing') {
    return html`<p class="notice"><code>custom-elements.json</code> was not found. Run <code>npm run analyze</code> and reload.</p>`;
  }
  if (result.status === 'invalid') return html`<p class="notice">Could not read <code>custom-elements.json</code>: ${result.reason}</p>`;
  if (!result.element) {
    return html`<p class="notice"><code>${`<${tag}>`}</code> is not in <code>custom-elements.json</code> yet. Run <code>npm run analyze</code> and reload.</p>`;
  }
  return nothing;
}

function unknownTag(page: HTMLElement): void {
  document.title = 'Unknown component · teamkit';
  render(html`
    <h1>Unknown component</h1>
    <p>There is no element registered as <code>${tag || '(none)'}</code>. These are:</p>
    <ul>${componentTags().map((each) => html`<li><a href=${componentHref(each)}><code>${`<${each}>`}</code></a></li>`)}</ul>
  `, page);
}

async function show(): Promise<void> {
  if (!page) throw new Error('component.html needs #page');
  page.replaceChildren(); // the skeleton's "Loading…"
  if (!isComponent(tag)) return unknownTag(page);
  document.title = `<${tag}> · teamkit`;
  const className = elements[tag]?.name ?? '';
  const [demo, manifest] = await Promise.all([demoSource(), elementDoc(tag, className)]);
  const element = manifest.status === 'ok' ? manifest.element : undefined;
  const sections = element ? apiSections(tag, element) : [];

  render(html`
    <p class="eyebrow">Component</p>
    <h1><code>${`<${tag}>`}</code></h1>
    ${element?.summary ? html`<p class="lead">${richText(element.summary)}</p>` : nothing}
    ${element?.description ? html`<p>${richText(element.description)}</p>` : nothing}
    <nav aria-label="On this page">
      <ul class="on-this-page">
        <li><a href="#demo">Live demo</a></li><li><a href="#usage">Usage</a></li>
        ${sections.map((section) => html`<li><a href="#${section.id}">${section.title}</a></li>`)}
      </ul>
    </nav>
    <h2 id="demo">Live demo</h2>
    ${demo.missing ? html`<p class="demo-missing">No demo snippet yet: add <code>docs/demos/${tag}.html</code>. Showing the bare element.</p>` : nothing}
    ${observes('token') && !new URLSearchParams(location.search).has('token')
      ? html`<p>This demo needs an invitation link: invite someone (from <a href=${componentHref('invite-dialog')}>a demo</a>),
          open the <strong>Outbox</strong> in the header and follow the mail's link.</p>`
      : nothing}
    ${demoFrame(tag)}
    <h2 id="usage">Usage</h2>
    <p>Register the elements once, anywhere in your app:</p>
    ${codeBlock(importsFor(demo.source), 'ts', 'Imports')}
    <p>The markup of the demo above, exactly as it runs. It sits inside a
      ${tag === 'teamkit-provider' ? html`<code>&lt;teamkit-provider base-url="/api"&gt;</code>` : html`<a href=${componentHref('teamkit-provider')}><code>&lt;teamkit-provider base-url="/api"&gt;</code></a>`},
      which gives every element in it the API client, the workspace and the language.</p>
    ${codeBlock(demo.source, 'html', 'Markup')}
    <h2 id="api">API</h2>
    ${manifestNotice(manifest)}
    ${sections.map((section) => html`<h3 id=${section.id}>${section.title}</h3>${section.content}`)}
  `, page);

  const fragment = parseDemo(demo.source);
  const attributes = attributesFromUrl();
  for (const target of fragment.querySelectorAll(tag)) for (const [name, value] of attributes) target.setAttribute(name, value);
  const surface = page.querySelector<HTMLElement>('.demo-surface');
  if (surface) mountDemo(surface, fragment);
}

void show();
