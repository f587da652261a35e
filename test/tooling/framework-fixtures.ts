/**
 * Host app files for framework-types.test.ts. A line ending in `// wrong: <text>` must fail to compile with an
 * error mentioning <text>; every other line must compile.
 *
 * TypeScript never reports an unknown hyphenated JSX attribute (`data-x`, `ontk-typo`), so a misspelt event prop
 * cannot fail in React; a misspelt property or a wrong handler can.
 */

export const reactFixture = `
import type {} from 'teamkit/jsx-react';
import type { Client, Member } from 'teamkit';

export function Members({ client, onRemoved }: { client: Client; onRemoved: (member: Member) => void }) {
  return (
    <teamkit-provider client={client} workspaceId="ws_acme" locale="es">
      <team-table
        columns="name,email,role"
        page-size="100"
        pageSize={100}
        className="wide"
        rowActions={(member) => [{ id: 'profile', label: member.email }]}
        ontk-member-removed={(event) => onRemoved(event.member)}
        ontk-before-member-remove={(event) => { if (event.member.role === 'owner') event.preventDefault(); }}
        ontk-error={(event) => console.error(event.action, event.error)}
      >
        <button slot="toolbar">Invite</button>
      </team-table>
      <invite-dialog open={false} default-role="member" ontk-invitations-sent={(event) => console.log(event.results.length)} />
    </teamkit-provider>
  );
}
`;

export const reactMistakes = `
import type {} from 'teamkit/jsx-react';

export const wrongType = <team-table pageSize="many" />; // wrong: string
export const unknownProp = <team-table colums="name" />; // wrong: colums
export const wrongEventField = <team-table ontk-member-removed={(event) => event.invitation} />; // wrong: invitation
export const internalState = <team-table contextClient={undefined} />; // wrong: contextClient
`;

export const vueFixture = `
import type {} from 'teamkit/jsx-vue';
import type { GlobalComponents } from 'vue';
import type { MemberRemovedEvent } from 'teamkit';

// What vue-tsc checks for <team-table columns="name,email" :page-size="100" class="wide" @tk-member-removed="onRemoved">
type TeamTableInTemplate = InstanceType<GlobalComponents['team-table']>;

export const props: TeamTableInTemplate['$props'] = { columns: 'name,email', pageSize: 100, class: 'wide', key: 'members' };

export function listen(table: TeamTableInTemplate, removed: MemberRemovedEvent): string {
  table.$emit('tk-member-removed', removed);
  return removed.member.email;
}

export const provider: InstanceType<GlobalComponents['teamkit-provider']>['$props'] = { baseUrl: '/api', locale: 'es' };
`;

export const vueMistakes = `
import type {} from 'teamkit/jsx-vue';
import type { GlobalComponents } from 'vue';

type TeamTableInTemplate = InstanceType<GlobalComponents['team-table']>;

export const wrongType: TeamTableInTemplate['$props'] = { pageSize: 'many' }; // wrong: string
export const unknownProp: TeamTableInTemplate['$props'] = { colums: 'name' }; // wrong: colums

export function emit(table: TeamTableInTemplate) {
  table.$emit('tk-member-removed', 'not an event'); // wrong: No overload matches this call
  table.$emit('tk-invitation-revoked', new Event('x')); // wrong: tk-invitation-revoked
}
`;
