import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { NotificationChannel, NotificationPreferences, NotificationTopic } from '../../sdk/index.js';
import { CHANNELS, cellLabel, channelLabel } from './notification-preferences.text.js';

/** What the matrix needs of its element. */
export interface MatrixView {
  preferences: NotificationPreferences;
  /** The cell's value on screen: on its way to the server, else as the server holds it. */
  enabled: (topic: string, channel: NotificationChannel) => boolean;
  /** Whether the cell's change is on its way. */
  busy: (topic: string, channel: NotificationChannel) => boolean;
  toggle: (topic: NotificationTopic, channel: NotificationChannel, enabled: boolean) => void;
}

/** The id of the hidden reason an unavailable channel's switches are described by. */
export const reasonId = (channel: NotificationChannel) => `reason-${channel}`;

/**
 * The topic × channel matrix as a table: topics are rows (their header says what each is about), channels are
 * columns, each cell a switch. The explicit roles keep the table's semantics when a narrow container lays each
 * topic out as a card of switches (CSS `display` would otherwise drop them).
 */
export function renderMatrix(view: MatrixView): TemplateResult {
  return html`<div class="table-wrap" part="table-wrap">
    <table part="table" role="table" aria-labelledby="matrix-heading">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader" part="column-header column-header-topic">${msg('Topic', { id: 'tk.notification-preferences.topic' })}</th>
          ${CHANNELS.map((channel) => html`<th scope="col" role="columnheader" part="column-header column-header-${channel}">${channelLabel(channel)}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">${view.preferences.topics.map((topic) => html`<tr role="row" part="row" data-topic=${topic.id}>
        <th scope="row" role="rowheader" part="cell cell-topic"><span class="topic">${topic.label}</span><span class="muted">${topic.description}</span></th>
        ${CHANNELS.map((channel) => renderCell(view, topic, channel))}
      </tr>`)}</tbody>
    </table>
  </div>`;
}

function renderCell(view: MatrixView, topic: NotificationTopic, channel: NotificationChannel): TemplateResult {
  if (!topic.channels.includes(channel)) {
    return html`<td role="cell" part="cell cell-${channel}" class="not-offered"><span aria-hidden="true">—</span><span class="visually-hidden">${msg('Not offered', { id: 'tk.notification-preferences.not_offered' })}</span></td>`;
  }
  const unavailable = view.preferences.channels.some((each) => each.channel === channel && !each.available);
  const blocked = unavailable || view.busy(topic.id, channel);
  // An unavailable channel shows what the reader gets now (nothing); their stored choice comes back with the channel.
  const on = !unavailable && view.enabled(topic.id, channel);
  return html`<td role="cell" part="cell cell-${channel}">
    <label class="cell-switch">
      <input type="checkbox" role="switch" part="input switch" aria-label=${cellLabel(topic.label, channel)} .checked=${live(on)}
        aria-disabled=${blocked ? 'true' : 'false'} aria-describedby=${unavailable ? reasonId(channel) : nothing}
        @click=${(event: Event) => { if (blocked) event.preventDefault(); }}
        @change=${(event: Event) => view.toggle(topic, channel, (event.target as HTMLInputElement).checked)} />
      <span class="channel-name" aria-hidden="true">${channelLabel(channel)}</span>
    </label>
  </td>`;
}
