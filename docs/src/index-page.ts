/** docs/index.html: the landing page's live team page (docs/demos/landing.html) and the component index. */
import { html, render } from 'lit';
import { elements } from '../../src/components/elements.js';
import { richText } from './api-tables.js';
import { codeBlock } from './code.js';
import { mountDemo, parseDemo } from './demo.js';
import { elementDoc } from './manifest.js';
import { componentHref, componentTags } from './pages.js';
import { startSite } from './site.js';

startSite();

async function showDemo(): Promise<void> {
  const surface = document.querySelector<HTMLElement>('#landing-demo .demo-surface');
  const code = document.getElementById('landing-code');
  const notes = document.getElementById('landing-notes');
  if (!surface || !code || !notes) return;
  const response = await fetch('/docs/demos/landing.html');
  const source = (await response.text()).trim();
  render(codeBlock(source, 'html', 'The demo above, inside its provider'), code);
  const unbuilt = [...new Set(source.match(/<[a-z]+(-[a-z0-9]+)+(?=[\s>])/g) ?? [])]
    .map((open) => open.slice(1))
    .filter((tag) => !customElements.get(tag));
  if (unbuilt.length) {
    render(html`<p class="demo-missing">Not built yet: ${unbuilt.map((tag) => html`<code>${`<${tag}>`}</code> `)}</p>`, notes);
  }
  mountDemo(surface, parseDemo(source));
}

async function showIndex(): Promise<void> {
  const list = document.getElementById('component-cards');
  if (!list) return;
  const cards = await Promise.all(componentTags().map(async (tag) => {
    const doc = await elementDoc(tag, elements[tag]?.name ?? '');
    const summary = doc.status === 'ok' ? doc.element?.summary : undefined;
    return html`<li><a class="card" href=${componentHref(tag)}><strong>${`<${tag}>`}</strong><span>${richText(summary)}</span></a></li>`;
  }));
  render(cards, list);
}

void showDemo();
void showIndex();
