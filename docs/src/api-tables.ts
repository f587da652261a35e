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

const code = (text: string | undefined) => (text ? html`<code>${text}</code>` : html`<span class="none">—</span>`);
const type = (text: string | undefined) => html`<td class="type">${code(text)}</td>`;

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

function table(columns: string[], rows: TemplateResult[], caption: string): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
    <table class="api">
      <caption class="visually-hidden">${caption}</caption>
      <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}

export interface ApiSection { id: string; title: string; content: TemplateResult }

const inherited = (member: Member) => (member.inheritedFrom ? html` <span class="inherited">(from ${member.inheritedFrom.name})</span>` : nothing);

/** One section per kind of API, each a table or "None." */
export function apiSections(tag: string, element: ElementDoc): ApiSection[] {
  const none = (what: string) => html`<p class="none"><code>${`<${tag}>`}</code> has no ${what}.</p>`;
  const section = (id: string, title: string, rows: TemplateResult[], columns: string[], what: string): ApiSection => ({
    id,
    title,
    content: rows.length ? table(columns, rows, `${title} of <${tag}>`) : none(what),
  });

  return [
    section('attributes', 'Attributes', (element.attributes ?? []).map((attribute) => html`<tr>
      <td>${code(attribute.name)}</td><td>${attribute.fieldName ? code(attribute.fieldName) : code(undefined)}</td>
      ${type(attribute.type?.text)}<td>${code(attribute.default)}</td><td>${richText(attribute.description)}</td>
    </tr>`), ['Attribute', 'Property', 'Type', 'Default', 'Description'], 'attributes'),
    section('properties', 'Properties', properties(element).map((member) => html`<tr>
      <td>${code(member.name)}${member.readonly ? html` <span class="none">(read-only)</span>` : nothing}</td>
      <td>${member.attribute ? code(member.attribute) : code(undefined)}${member.reflects ? html` <span class="none">(reflects)</span>` : nothing}</td>
      ${type(member.type?.text)}<td>${code(member.default)}</td><td>${richText(member.description)}${inherited(member)}</td>
    </tr>`), ['Property', 'Attribute', 'Type', 'Default', 'Description'], 'properties'),
    section('methods', 'Methods', methods(element).map((member) => html`<tr>
      <td>${code(signature(member))}</td><td>${richText(member.description)}${inherited(member)}</td>
    </tr>`), ['Method', 'Description'], 'public methods'),
    section('events', 'Events', documentedEvents(element).map((event) => html`<tr>
      <td>${code(event.name)}</td>${type(event.type?.text)}<td>${richText(event.description)}</td>
    </tr>`), ['Event', 'Type', 'Description'], 'events'),
    section('slots', 'Slots', (element.slots ?? []).map((slot) => html`<tr>
      <td>${slot.name ? code(slot.name) : html`<span class="none">(default)</span>`}</td><td>${richText(slot.description)}</td>
    </tr>`), ['Slot', 'Description'], 'slots'),
    section('parts', 'CSS parts', (element.cssParts ?? []).map((part) => html`<tr>
      <td>${code(part.name)}</td><td>${richText(part.description)}</td>
    </tr>`), ['Part', 'Description'], 'CSS parts'),
    section('css-properties', 'CSS custom properties', (element.cssProperties ?? []).map((property) => html`<tr>
      <td>${code(property.name)}</td><td>${code(property.default)}</td><td>${richText(property.description)}</td>
    </tr>`), ['Property', 'Default', 'Description'], 'CSS custom properties'),
  ];
}
