/**
 * Enough Markdown for the guide: headings, paragraphs, lists, fenced code, tables, and inline code, bold and
 * links. Output is Lit templates, so the text stays text; link targets are limited to http(s) and relative.
 */
import { html, type TemplateResult } from 'lit';
import { codeBlock } from './code.js';

function safeHref(href: string): string {
  return /^(https?:\/\/|\/|\.|#)|^[\w-]+(\.\w+)?([#?].*)?$/.test(href) && !/^\s*javascript:/i.test(href) ? href : '#';
}

export function inline(text: string): TemplateResult {
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  const parts: (TemplateResult | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index));
    const [whole, code, bold, label, href] = match;
    if (code !== undefined) parts.push(html`<code>${code}</code>`);
    else if (bold !== undefined) parts.push(html`<strong>${inline(bold)}</strong>`);
    else if (label !== undefined && href !== undefined) parts.push(html`<a href=${safeHref(href)}>${inline(label)}</a>`);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}

const slug = (text: string) => text.toLowerCase().replace(/`/g, '').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '');

/** A table in its own scroll box (a region, so keyboard users can scroll it), named by `label`. */
function tableView(rows: string[], label: string): TemplateResult {
  const cells = (row: string) => row.replace(/^\s*\||\|\s*$/g, '').split('|').map((cell) => cell.trim());
  const [head = '', , ...body] = rows;
  const columns = cells(head);
  // data-label: a narrow box shows each row as a card of labelled lines (site.css), as the API tables do.
  return html`<div class="table-scroll" role="region" aria-label=${label} tabindex="0"><table class="api">
    <thead><tr>${columns.map((cell) => html`<th scope="col">${inline(cell)}</th>`)}</tr></thead>
    <tbody>${body.map((row) => html`<tr>${cells(row).map((cell, index) => html`<td data-label=${columns[index]?.replace(/[`*]/g, '') ?? ''}>${inline(cell)}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

/** The document's blocks; the first `# heading` is returned apart, as the page title. */
export function renderMarkdown(source: string): { title: string; body: TemplateResult[] } {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const body: TemplateResult[] = [];
  let title = '';
  let index = 0;
  // Table regions are named after their section, numbered when a section has several: landmarks need distinct names.
  let section = '';
  let tablesInSection = 0;
  const collect = (test: (line: string) => boolean) => {
    const block: string[] = [];
    while (index < lines.length && test(lines[index] ?? '')) block.push(lines[index++] ?? '');
    return block;
  };

  while (index < lines.length) {
    const line = lines[index] ?? '';
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const fence = /^```(\w*)/.exec(line);
    if (!line.trim()) {
      index += 1;
    } else if (fence) {
      index += 1;
      const code = collect((each) => !each.startsWith('```'));
      index += 1;
      const language = fence[1] === 'html' ? 'html' : fence[1] === 'ts' || fence[1] === 'js' ? 'ts' : 'text';
      body.push(codeBlock(code.join('\n'), language));
    } else if (heading) {
      index += 1;
      const [, hashes = '#', text = ''] = heading;
      section = text.replace(/[`*]/g, '');
      tablesInSection = 0;
      if (hashes.length === 1 && !title) title = text;
      else if (hashes.length <= 2) body.push(html`<h2 id=${slug(text)}>${inline(text)}</h2>`);
      else body.push(html`<h3 id=${slug(text)}>${inline(text)}</h3>`);
    } else if (/^\s*\|/.test(line)) {
      tablesInSection += 1;
      body.push(tableView(collect((each) => /^\s*\|/.test(each)), `Table ${tablesInSection}${section ? ` of ${section}` : ''}`));
    } else if (/^\s*([-*]|\d+\.)\s/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      for (const each of collect((l) => /^\s*([-*]|\d+\.)\s/.test(l) || /^\s{2,}\S/.test(l))) {
        if (/^\s*([-*]|\d+\.)\s/.test(each)) items.push(each.replace(/^\s*([-*]|\d+\.)\s+/, ''));
        else items[items.length - 1] += ` ${each.trim()}`;
      }
      const list = items.map((item) => html`<li>${inline(item)}</li>`);
      body.push(ordered ? html`<ol>${list}</ol>` : html`<ul>${list}</ul>`);
    } else {
      const paragraph = collect((each) => !!each.trim() && !/^(#{1,4}\s|```|\s*\||\s*([-*]|\d+\.)\s)/.test(each));
      body.push(html`<p>${inline(paragraph.join(' '))}</p>`);
    }
  }
  return { title, body };
}
