import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { RoleEditor } from '../../src/components/role-editor/role-editor.component.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, clientFor, eventually, fieldByLabel, mount, normalizeText, screen, sentRequests, startBackend, type, type Backend, type MountOptions,
} from './helpers.js';

const ACME = SEED.workspaces.acme;
const BILLING = SEED.roles.billingManager;

const show = (backend: Backend, options: MountOptions = {}, roleId?: string) =>
  mount<RoleEditor>(backend, html`<role-editor role-id=${roleId ?? ''}></role-editor>`, options);

const toggle = (el: RoleEditor, name: string) => {
  const found = [...screen(el).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')]
    .find((button) => normalizeText(button.querySelector('.role-name')?.textContent) === name);
  return found ?? expect.fail(`no role "${name}"`);
};
const panel = (el: RoleEditor) => screen(el).querySelector<HTMLElement>('[part~="panel"]:not([hidden])') ?? expect.fail('no open panel');
const notices = (el: RoleEditor) => [...screen(el).querySelectorAll('[part~="notice"]')].map((node) => normalizeText(node.textContent));
const description = (el: RoleEditor) => fieldByLabel<HTMLTextAreaElement>(screen(el), 'Description (optional)');
const checkbox = (el: RoleEditor, label: string) => fieldByLabel(screen(el), label);
/** Clicks as a user does: the button takes focus first. */
const press = (button: HTMLElement) => { button.focus(); button.click(); };
const announced = () => document.getElementById('teamkit-announcer-polite')?.textContent ?? '';
/** Waits for the open custom role's form (its version read). */
const formShown = (el: RoleEditor) => eventually(() => screen(el).querySelector('[part~="panel"]:not([hidden]) form'), 'no form');

describeConformance<RoleEditor>({
  tag: 'role-editor',
  // The billing manager's panel open: the list, a custom role's form and its delete control are all on screen.
  mount: (backend, options) => show(backend, options, BILLING),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'Every workspace has its four built-in roles: the list is never empty.' },
    error: { request: { method: 'GET', path: `/workspaces/${ACME}/roles` }, action: 'load' },
    denied: { as: 'member' },
    hostile: {
      arrange: (backend, text) => {
        const role = backend.store.roles.get(BILLING);
        if (role) backend.store.roles.update(role, { name: text, description: text });
      },
      input: {
        field: (el) => fieldByLabel(screen(el), 'Name'),
        submit: (el) => buttonByText(screen(el), 'Save changes').click(),
        stored: (backend) => backend.store.roles.get(BILLING)?.name,
      },
    },
  },
  mutation: {
    request: { method: 'PATCH', path: `/workspaces/${ACME}/roles/${BILLING}` },
    action: 'role-update',
    fill: (el) => type(description(el), 'Pays the invoices.'),
    values: (el) => description(el).value,
    submit: (el) => buttonByText(screen(el), 'Save changes').click(),
  },
  spanish: { same: ['Roles'] },
  keyboard: {},
  narrow: {},
});

describe('<role-editor>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('lists the built-in roles and the custom ones with how many hold each; a built-in role shows what it may do, read-only', async () => {
    const el = await show(backend);
    const roles = [...screen(el).querySelectorAll('[part~="toggle"]')].map((button) => normalizeText(button.textContent));
    expect(roles).to.deep.equal(['Owner Built-in 1 member', 'Admin Built-in 2 members', 'Member Built-in 16 members', 'Viewer Built-in 5 members', 'Billing manager Custom 1 member']);
    const admin = toggle(el, 'Admin');
    admin.click();
    await el.updateComplete;
    expect(admin.getAttribute('aria-expanded')).to.equal('true');
    expect(normalizeText(panel(el).textContent)).to.include("Built-in roles can't be changed");
    expect(normalizeText(panel(el).querySelector('[part~="permission"]')?.textContent)).to.equal('✓ Invite members Send, resend and revoke invitations. Included');
    expect(panel(el).querySelector('input, textarea')).to.equal(null);
    toggle(el, 'Viewer').click();
    await el.updateComplete;
    expect(admin.getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el).querySelectorAll('[part~="permission-included"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('creates a custom role from the catalog, says so and opens it', async () => {
    const el = await show(backend);
    const seen: string[] = [];
    el.addEventListener('tk-before-role-create', (event) => seen.push(`before ${event.input.name} ${event.input.permissions.join(' ')}`));
    el.addEventListener('tk-role-created', (event) => seen.push(`created ${event.role.name}`));
    buttonByText(screen(el), 'Create role').click();
    await eventually(() => screen(el).activeElement?.matches('input[name="name"]'), 'the name did not take focus');
    type(fieldByLabel(screen(el), 'Name'), 'Support lead');
    checkbox(el, 'Invite members').click();
    checkbox(el, 'View audit log').click();
    await expect(el).to.be.accessible();
    buttonByText(screen(el).querySelector('[part~="footer"]') ?? expect.fail('no footer'), 'Create role').click();

    await eventually(() => seen.length === 2, 'no events');
    expect(seen).to.deep.equal(['before Support lead audit:view members:invite', 'created Support lead']);
    const created = backend.store.customRolesOf(ACME).find((role) => role.name === 'Support lead');
    expect(created?.permissions).to.have.members(['audit:view', 'members:invite']);
    await formShown(el);
    expect(toggle(el, 'Support lead').getAttribute('aria-expanded')).to.equal('true');
    expect(el.roleId).to.equal(created?.id);
    await eventually(() => announced() === 'Role Support lead created', 'not announced');
  });

  it('says before anyone starts that custom roles need the Pro plan, and creates nothing', async () => {
    const el = await show(backend, { workspaceId: SEED.workspaces.labs });
    const create = buttonByText(screen(el), 'Create role');
    expect(create.getAttribute('aria-disabled')).to.equal('true');
    const reason = screen(el).getElementById(create.getAttribute('aria-describedby') ?? '');
    expect(reason?.querySelector('strong')?.textContent).to.equal('Custom roles are part of the Pro plan');
    expect(reason?.querySelector('p')?.textContent).to.match(/^This workspace is on the Free plan\. Upgrade it to create roles of your own/);
    create.click();
    await el.updateComplete;
    expect(screen(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('gives only the permissions the editor holds, and leaves a role above them read-only, saying why', async () => {
    const owner = clientFor(backend, 'owner');
    const keeper = await owner.roles.create(ACME, { name: 'Role keeper', permissions: ['roles:manage', 'members:invite', 'billing:view'] });
    await owner.members.update(ACME, SEED.members.acme.member, { role: keeper.id });
    const el = await show(backend, { as: 'member' });

    buttonByText(screen(el), 'Create role').click();
    await eventually(() => screen(el).querySelector('form'), 'no form');
    const manage = checkbox(el, 'Manage billing Not yours to give');
    expect(manage.getAttribute('aria-disabled')).to.equal('true');
    const reasons = (manage.getAttribute('aria-describedby') ?? '').split(' ').map((id) => normalizeText(screen(el).getElementById(id)?.textContent));
    expect(reasons).to.deep.equal(['Change the plan and payment methods.', "Permissions you don't have yourself are unavailable: nobody can give more rights than they hold."]);
    manage.click();
    expect(manage.checked, 'an unavailable permission was ticked').to.equal(false);
    expect(checkbox(el, 'Invite members').getAttribute('aria-disabled')).to.equal(null);

    buttonByText(screen(el), 'Cancel').click();
    toggle(el, 'Billing manager').click();
    await el.updateComplete;
    const reason = panel(el).querySelector('[part~="notice"]');
    expect(reason?.querySelector('strong')?.textContent).to.equal("You can't change this role");
    expect(reason?.querySelector('p')?.textContent).to.equal("It has permissions you don't have (Manage billing), so only someone who has them can change or delete it.");
    expect(panel(el).querySelector('form, [part~="delete"]')).to.equal(null);
  });

  it('saves a custom role with the version it read, and fires tk-role-updated', async () => {
    const el = await show(backend, {}, BILLING);
    await formShown(el);
    const updated = new Promise<string>((resolve) => el.addEventListener('tk-role-updated', (event) => resolve(event.role.description), { once: true }));
    type(description(el), 'Pays the invoices.');
    checkbox(el, 'View audit log').click();
    buttonByText(screen(el), 'Save changes').click();
    expect(await updated).to.equal('Pays the invoices.');
    expect(backend.store.roles.get(BILLING)?.permissions).to.have.members(['billing:view', 'billing:manage', 'audit:view']);
    await eventually(() => notices(el).includes('Role saved'), 'no saved notice');
  });

  it('keeps the edits when someone else saved the role first, then reloads and merges', async () => {
    const el = await show(backend, {}, BILLING);
    await formShown(el);
    const role = backend.store.roles.get(BILLING);
    if (role) backend.store.roles.update(role, { name: 'Finance', version: role.version + 1 });
    type(description(el), 'Pays the invoices.');
    buttonByText(screen(el), 'Save changes').click();
    await eventually(() => screen(el).querySelector('[part~="reload"]'), 'no Reload and merge');
    expect(description(el).value).to.equal('Pays the invoices.');
    buttonByText(screen(el), 'Reload and merge').click();
    await eventually(() => fieldByLabel(screen(el), 'Name').value === 'Finance', 'the latest name did not arrive');
    expect(description(el).value).to.equal('Pays the invoices.');
    buttonByText(screen(el), 'Save changes').click();
    await eventually(() => backend.store.roles.get(BILLING)?.description === 'Pays the invoices.', 'not saved after merging');
    expect(backend.store.roles.get(BILLING)?.name).to.equal('Finance');
  });

  it('deletes a role in use after asking which role its holders get, saying how many move', async () => {
    await clientFor(backend, 'owner').invitations.create(ACME, { emails: ['books@example.test'], role: BILLING });
    const el = await show(backend, {}, BILLING);
    await formShown(el);
    const deleted = new Promise<string>((resolve) => el.addEventListener('tk-role-deleted', (event) => resolve(`${event.role.name} → ${event.deletion.reassignedTo}`), { once: true }));
    buttonByText(screen(el), 'Delete role').click();
    const dialog = await (async () => {
      await eventually(() => screen(el).querySelector('dialog[open] select'), 'no choice of role');
      return screen(el).querySelector<HTMLDialogElement>('dialog[open]') ?? expect.fail('no dialog');
    })();
    expect(normalizeText(dialog.textContent)).to.include('With this role now: 1 member and 1 pending invitation. They move to the role you choose');
    const choices = [...dialog.querySelectorAll('option')].map((option) => option.textContent);
    expect(choices).to.deep.equal(['Admin', 'Member', 'Viewer']);
    expect(fieldByLabel<HTMLSelectElement>(screen(el), 'Their new role').value).to.equal('member');
    await expect(el).to.be.accessible();
    const select = fieldByLabel<HTMLSelectElement>(screen(el), 'Their new role');
    select.value = 'viewer';
    select.dispatchEvent(new Event('change'));
    buttonByText(dialog, 'Move them and delete').click();

    expect(await deleted).to.equal('Billing manager → viewer');
    expect(backend.store.roles.get(BILLING)).to.equal(undefined);
    expect(backend.store.members.get(SEED.members.acme.billing)?.roleId).to.equal('viewer');
    await eventually(() => !screen(el).querySelector('dialog[open]'), 'the dialog stayed open');
    expect(screen(el).querySelector('[data-id="role_billing_manager"]')).to.equal(null);
    await eventually(() => announced() === 'Role Billing manager deleted. 1 member and 1 pending invitation moved to Viewer.', 'not announced');
    expect(normalizeText(toggle(el, 'Viewer').textContent)).to.equal('Viewer Built-in 6 members');
    const deletion = sentRequests().find((request) => request.method === 'DELETE');
    expect(deletion?.status).to.equal(200);
  });

  it('deletes a role nobody has after a plain confirmation', async () => {
    const unused = await clientFor(backend, 'owner').roles.create(ACME, { name: 'Auditor', permissions: ['audit:view'] });
    const el = await show(backend, {}, unused.id);
    await formShown(el);
    press(buttonByText(screen(el), 'Delete role'));
    await eventually(() => normalizeText(screen(el).querySelector('dialog[open]')?.textContent).includes('Nobody has this role'), 'no confirmation');
    expect(screen(el).querySelector('dialog[open] select')).to.equal(null);
    press(buttonByText(screen(el).querySelector('dialog[open]') ?? expect.fail('no dialog'), 'Delete role'));
    await eventually(() => backend.store.roles.get(unused.id) === undefined, 'not deleted');
    await eventually(() => screen(el).activeElement === buttonByText(screen(el), 'Create role'), `focus went to ${String(screen(el).activeElement?.outerHTML ?? document.activeElement?.localName)}`);
  });

  it('shows a member every role read-only, with why they cannot change them, asking nothing refused', async () => {
    const el = await show(backend, { as: 'viewer' }, BILLING);
    const create = buttonByText(screen(el), 'Create role');
    expect(create.getAttribute('aria-disabled')).to.equal('true');
    const reason = screen(el).getElementById(create.getAttribute('aria-describedby') ?? '');
    expect([reason?.querySelector('strong')?.textContent, reason?.querySelector('p')?.textContent])
      .to.deep.equal(["You can't create or change roles", "Your role (Viewer) doesn't allow this. Ask a workspace owner or admin."]);
    expect(normalizeText(panel(el).textContent)).to.include("You can't change roles");
    expect(panel(el).querySelector('form')).to.equal(null);
    expect(panel(el).querySelectorAll('[part~="permission-included"]')).to.have.length(2);
    expect(sentRequests().filter((request) => request.status === 403)).to.deep.equal([]);
  });

  it('speaks Spanish: the catalog, the built-in roles and the counts', async () => {
    const el = await show(backend, { locale: 'es' }, 'member');
    await eventually(() => normalizeText(toggle(el, 'Miembro').textContent) === 'Miembro Predefinido 16 miembros', 'not in Spanish');
    expect(normalizeText(panel(el).textContent)).to.include('Ver la facturación');
  });
});
