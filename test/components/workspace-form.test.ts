import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { TeamkitErrorEvent } from '../../src/components/shared/events.js';
import type { TeamkitProvider } from '../../src/components/teamkit-provider/teamkit-provider.component.js';
import type { WorkspaceForm } from '../../src/components/workspace-form/workspace-form.component.js';
import { describeConformance } from './conformance.js';
import { buttonByText, choose, fieldByLabel, mount, screen, sentRequests, startBackend, type, type Backend, type MountOptions } from './helpers.js';
import { chooseFile, description, oneEvent, PNG, text, until, workspace } from './workspaces-helpers.js';

const nameField = (el: WorkspaceForm) => fieldByLabel(screen(el), 'Workspace name');

function submit(el: WorkspaceForm): void {
  const button = screen(el).querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!button) throw new Error('no submit button');
  button.click();
}

async function open(backend: Backend, options: MountOptions = {}, template = html`<workspace-form></workspace-form>`): Promise<WorkspaceForm> {
  const el = await mount<WorkspaceForm>(backend, template, options);
  await waitUntil(() => screen(el).querySelector('form'), 'the form never showed');
  return el;
}

describeConformance<WorkspaceForm>({
  tag: 'workspace-form',
  mount: (backend, options) => mount(backend, html`<workspace-form></workspace-form>`, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'A workspace always has its settings: there is no empty state.' },
    error: { request: { method: 'GET', path: '/workspaces/ws_acme' }, action: 'load' },
    // Everyone in a workspace may read its settings: a viewer sees them read-only, with the reason.
    denied: { as: 'viewer' },
    hostile: {
      arrange: (backend, name) => {
        const record = workspace(backend);
        backend.store.workspaces.update(record, { name, version: record.version + 1 });
      },
      input: { field: nameField, submit, stored: (backend) => workspace(backend).name },
    },
  },
  mutation: {
    request: { method: 'PATCH', path: '/workspaces/ws_acme' },
    action: 'workspace-update',
    fill: (el) => type(nameField(el), 'Acme Industries'),
    values: (el) => nameField(el).value,
    submit,
  },
  spanish: { same: ['PNG', 'JPEG', 'GIF', 'WebP', 'Marketing', 'Software'] },
  keyboard: {},
  narrow: {},
});

describe('<workspace-form>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it("shows the current workspace's settings, with its industry in words", async () => {
    const el = await open(backend);
    expect(nameField(el).value).to.equal('Acme Inc.');
    expect(fieldByLabel(screen(el), 'Company website').value).to.equal('https://acme.test');
    const industry = fieldByLabel<HTMLSelectElement>(screen(el), 'Industry');
    expect(industry.selectedOptions[0]?.textContent?.trim()).to.equal('Manufacturing');
    expect(fieldByLabel(screen(el), 'Time zone').value).to.equal('UTC');
    expect(text(el)).to.include('Upload logo');
    expect(text(el)).to.include('No changes to save');
  });

  it('says how it will store the website before saving, saves only what changed, and tells the page', async () => {
    const el = await open(backend);
    const website = fieldByLabel(screen(el), 'Company website');
    type(website, 'Acme.IO/about');
    await el.updateComplete;
    expect(description(el, website)).to.include('Will be saved as https://acme.io/about');
    type(nameField(el), 'Acme Industries');
    choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Industry'), 'software');

    const before = oneEvent(el, 'tk-before-workspace-update');
    const updated = oneEvent(el, 'tk-workspace-updated');
    buttonByText(screen(el), 'Save changes').click();
    expect((await before).patch).to.deep.equal({ name: 'Acme Industries', website: 'https://acme.io/about', industry: 'software' });
    expect((await updated).workspace.name).to.equal('Acme Industries');
    await until(el, 'Workspace saved');
    const stored = workspace(backend);
    expect([stored.name, stored.website, stored.industry, stored.timezone]).to.deep.equal(['Acme Industries', 'https://acme.io/about', 'software', 'UTC']);
    expect(website.value).to.equal('https://acme.io/about');
    await expect(el).to.be.accessible();
  });

  it('refuses a name under three characters and a website that is no address, sending nothing', async () => {
    const el = await open(backend);
    type(nameField(el), 'Ac');
    type(fieldByLabel(screen(el), 'Company website'), 'not a website');
    submit(el);
    await until(el, 'Enter at least 3 characters.');
    expect(text(el)).to.include('Enter a web address such as acme.com or https://acme.com.');
    expect(nameField(el).getAttribute('aria-invalid')).to.equal('true');
    expect(sentRequests().filter((request) => request.method === 'PATCH')).to.deep.equal([]);
    expect(workspace(backend).name).to.equal('Acme Inc.');
  });

  it('takes an industry in the reader’s own words after "Other", and shows it again as typed', async () => {
    const el = await open(backend);
    choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Industry'), 'other');
    await el.updateComplete;
    type(fieldByLabel(screen(el), 'Describe it (optional)'), 'Aerospace');
    submit(el);
    await until(el, 'Workspace saved');
    expect(workspace(backend).industry).to.equal('Aerospace');

    const again = await open(backend);
    expect(fieldByLabel<HTMLSelectElement>(screen(again), 'Industry').value).to.equal('other');
    expect(fieldByLabel(screen(again), 'Describe it (optional)').value).to.equal('Aerospace');
  });

  it('keeps every edit when someone else saved first, and Reload and merge puts them on the latest version', async () => {
    const el = await open(backend);
    type(nameField(el), 'Acme Worldwide');
    const record = workspace(backend);
    backend.store.workspaces.update(record, { industry: 'energy', version: record.version + 1 });
    submit(el);
    await until(el, 'This workspace was changed somewhere else');
    expect(nameField(el).value).to.equal('Acme Worldwide');
    await expect(el).to.be.accessible();

    buttonByText(screen(el), 'Reload and merge').click();
    await until(el, 'Loaded the latest version');
    expect(text(el)).to.include('Changed elsewhere: Industry.');
    expect(nameField(el).value).to.equal('Acme Worldwide');
    expect(fieldByLabel<HTMLSelectElement>(screen(el), 'Industry').value).to.equal('energy');
    submit(el);
    await until(el, 'Workspace saved');
    expect([workspace(backend).name, workspace(backend).industry]).to.deep.equal(['Acme Worldwide', 'energy']);
  });

  it('uploads a logo, keeps unsaved edits through it, and removes it after confirming', async () => {
    const el = await open(backend);
    type(nameField(el), 'Acme Labs Two');
    const uploaded = oneEvent(el, 'tk-logo-uploaded');
    chooseFile(el, new File([PNG], 'logo.png', { type: 'image/png' }));
    const { workspace: after } = await uploaded;
    await waitUntil(() => screen(el).querySelector('img')?.getAttribute('src') === after.logoUrl, 'the logo is not shown');
    expect(screen(el).querySelector('img')?.alt).to.equal('Workspace logo');
    expect(nameField(el).value).to.equal('Acme Labs Two');
    // The upload's answer carried the new version: saving right after it meets no 412.
    submit(el);
    await until(el, 'Workspace saved');

    buttonByText(screen(el), 'Remove logo').click();
    await waitUntil(() => screen(el).querySelector('dialog[open]'), 'no confirm step');
    expect(text(el)).to.include('Remove the logo?');
    const removed = oneEvent(el, 'tk-logo-removed');
    buttonByText(screen(el).querySelector('dialog') as HTMLDialogElement, 'Remove logo').click();
    expect((await removed).workspace.logoUrl).to.equal(null);
    await waitUntil(() => !screen(el).querySelector('img'), 'the logo still shows');
    expect(screen(el).querySelector('[part~="avatar"]')?.textContent?.trim()).to.equal('AL');
  });

  it('refuses a logo that is too big before sending it, saying how big it is', async () => {
    const el = await open(backend);
    chooseFile(el, new File([new Uint8Array(3 * 1024 * 1024)], 'huge.png', { type: 'image/png' }));
    await until(el, 'This image is');
    expect(description(el, buttonByText(screen(el), 'Upload logo'))).to.match(/This image is 3(\.1)? MB\. Use one of 2 MB or less\./);
    expect(sentRequests().filter((request) => request.path.endsWith('/logo'))).to.deep.equal([]);
  });

  it('shows a member the settings read-only, with the reason, and offers nothing they cannot do', async () => {
    const el = await open(backend, { as: 'member' });
    expect(text(el)).to.include("You can't change this workspace's settings");
    expect(text(el)).to.include("Your role (Member) doesn't allow this.");
    expect(nameField(el).matches(':disabled')).to.equal(true);
    expect(fieldByLabel<HTMLSelectElement>(screen(el), 'Industry').matches(':disabled')).to.equal(true);
    const upload = buttonByText(screen(el), 'Upload logo');
    expect(upload.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, upload)).to.include("Your role (Member) doesn't allow this.");
    expect(screen(el).querySelector('[part~="submit"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("reloads for the new workspace when the provider switches, and reports a failed save's action", async () => {
    const errors: TeamkitErrorEvent[] = [];
    const el = await open(backend);
    el.addEventListener('tk-error', (event) => errors.push(event));
    const provider = el.closest('teamkit-provider') as TeamkitProvider;
    provider.switchWorkspace(SEED.workspaces.labs);
    await waitUntil(() => nameField(el).value === 'Acme Labs', 'the form still shows the previous workspace');

    backend.faults.add({ method: 'PATCH', path: '/workspaces/ws_labs', status: 500 });
    type(nameField(el), 'Acme Research');
    submit(el);
    await until(el, 'Something went wrong');
    expect(errors.map((event) => event.action)).to.deep.equal(['workspace-update']);
    expect(nameField(el).value).to.equal('Acme Research');
    expect(workspace(backend, SEED.workspaces.labs).name).to.equal('Acme Labs');
  });

  it('speaks Spanish, industries included', async () => {
    const el = await open(backend, { locale: 'es' });
    await until(el, 'Guardar cambios');
    expect(fieldByLabel<HTMLSelectElement>(screen(el), 'Sector').selectedOptions[0]?.textContent?.trim()).to.equal('Fabricación');
    expect(text(el)).to.include('Subir logotipo');
  });
});
