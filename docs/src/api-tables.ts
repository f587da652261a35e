/**
 * The API reference of one element, rendered from its Custom Elements Manifest declaration. Manifest strings
 * only ever land in text positions of Lit templates (escaped); `backticks` become <code>.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { publicMembers, type ElementDoc, type Member, type NamedDoc } from './manifest.js';

/** Text with `inline code` spans. */
export function richText(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const parts = text.split(/`([^`]+)`/);
  return html`${parts.map((part, index) => (index % 2 ? html`<code>${part}</code>` : part))}`;
}

/** One table cell: its content, and whether it is a type (shown muted) or holds nothing ("—"). */
interface Cell {
  content: TemplateResult;
  type?: boolean;
  empty?: boolean;
}

const none = html`<span class="none">—</span>`;
/** Code, or "—" when there is none. */
const code = (text: string | undefined, extra: TemplateResult | typeof nothing = nothing): Cell =>
  (text ? { content: html`<code>${text}</code>${extra}` } : { content: none, empty: true });
const type = (text: string | undefined): Cell => ({ ...code(text), type: true });
const prose = (content: TemplateResult | typeof nothing): Cell => (content === nothing ? { content: none, empty: true } : { content });

/** Events documented with `@fires`, or at least named like one; the analyzer also guesses from constructor arguments. */
function documentedEvents(element: ElementDoc): NamedDoc[] {
  const byName = new Map<string, NamedDoc>();
  for (const event of element.events ?? []) {
    if (!event.description && !/^[a-z]+(-[a-z0-9]+)+$/.test(event.name)) continue;
    const known = byName.get(event.name);
    byName.set(event.name, { ...known, ...event, description: event.description ?? known?.description, type: event.type ?? known?.type });
  }
  return [...byName.values()];
}

/** Public fields that are API: documented, or backed by an attribute (internal state is neither). */
function properties(element: ElementDoc): Member[] {
  return publicMembers(element).filter((member) => member.kind === 'field' && (member.description || member.attribute));
}

function methods(element: ElementDoc): Member[] {
  return publicMembers(element).filter((member) => member.kind === 'method' && member.description);
}

function signature(method: Member): string {
  const parameters = (method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`);
  return `${method.name}(${parameters.join(', ')})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
}

/**
 * A table in its own scroll box. Each cell carries its column's name (`data-label`), so a narrow box can lay
 * the rows out as stacked cards (site.css); empty cells are marked so the cards can leave them out.
 */
function table(columns: string[], rows: Cell[][], caption: string): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
    <table class="api">
      <caption class="visually-hidden">${caption}</caption>
      <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
      <tbody>${rows.map((cells) => html`<tr>${cells.map((cell, index) => html`<td
        class=${[cell.type ? 'type' : '', cell.empty ? 'empty' : ''].join(' ').trim() || nothing}
        data-label=${columns[index] ?? nothing}>${cell.content}</td>`)}</tr>`)}</tbody>
    </table>
  </div>`;
}

export interface ApiSection { id: string; title: string; content: TemplateResult }

const inherited = (member: Member) => (member.inheritedFrom ? html` <span class="inherited">(from ${member.inheritedFrom.name})</span>` : nothing);
const note = (text: string, shown: boolean | undefined) => (shown ? html` <span class="none">(${text})</span>` : nothing);

/** One section per kind of API, each a table or "None." */
export function apiSections(tag: string, element: ElementDoc): ApiSection[] {
  const section = (id: string, title: string, columns: string[], rows: Cell[][], what: string): ApiSection => ({
    id,
    title,
    content: rows.length
      ? table(columns, rows, `${title} of <${tag}>`)
      : html`<p class="none"><code>${`<${tag}>`}</code> has no ${what}.</p>`,
  });

  return [
    section('attributes', 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], (element.attributes ?? []).map((attribute) => [
      code(attribute.name), code(attribute.fieldName), type(attribute.type?.text), code(attribute.default), prose(richText(attribute.description)),
    ]), 'attributes'),
    section('properties', 'Properties', ['Property', 'Attribute', 'Type', 'Default', 'Description'], properties(element).map((member) => [
      code(member.name, note('read-only', member.readonly)), code(member.attribute, note('reflects', member.reflects)),
      type(member.type?.text), code(member.default), prose(html`${richText(member.description)}${inherited(member)}`),
    ]), 'properties'),
    section('methods', 'Methods', ['Method', 'Description'], methods(element).map((member) => [
      code(signature(member)), prose(html`${richText(member.description)}${inherited(member)}`),
    ]), 'public methods'),
    section('events', 'Events', ['Event', 'Type', 'Description'], documentedEvents(element).map((event) => [
      code(event.name), type(event.type?.text), prose(richText(event.description)),
    ]), 'events'),
    section('slots', 'Slots', ['Slot', 'Description'], (element.slots ?? []).map((slot) => [
      slot.name ? code(slot.name) : { content: html`<span class="none">(default)</span>` }, prose(richText(slot.description)),
    ]), 'slots'),
    section('parts', 'CSS parts', ['Part', 'Description'], (element.cssParts ?? []).map((part) => [
      code(part.name), prose(richText(part.description)),
    ]), 'CSS parts'),
    section('css-properties', 'CSS custom properties', ['Property', 'Default', 'Description'], (element.cssProperties ?? []).map((property) => [
      code(property.name), code(property.default), prose(richText(property.description)),
    ]), 'CSS custom properties'),
  ];
}
