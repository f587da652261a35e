/** docs/guide.html?doc=<name>: renders docs/guide/<name>.md, one of the guides the page list names. */
import { html, render } from 'lit';
import { renderMarkdown } from './markdown.js';
import { guideHref, guides } from './pages.js';
import { startSite } from './site.js';

startSite();

async function show(page: HTMLElement): Promise<void> {
  page.replaceChildren(); // the skeleton's "Loading…"
  const doc = new URLSearchParams(location.search).get('doc') ?? guides[0]?.doc;
  const guide = guides.find((each) => each.doc === doc);
  if (!guide) {
    render(html`<h1>Guide not found</h1>
      <ul>${guides.map((each) => html`<li><a href=${guideHref(each.doc)}>${each.label}</a></li>`)}</ul>`, page);
    return;
  }
  const response = await fetch(`/docs/guide/${guide.doc}.md`);
  if (!response.ok) {
    render(html`<h1>${guide.label}</h1><p class="notice">Could not load <code>docs/guide/${guide.doc}.md</code> (${response.status}).</p>`, page);
    return;
  }
  const { title, body } = renderMarkdown(await response.text());
  document.title = `${title || guide.label} · teamkit`;
  render(html`<p class="eyebrow">Guide</p><h1>${title || guide.label}</h1><div class="prose">${body}</div>`, page);
}

const page = document.getElementById('page');
if (page) void show(page);
