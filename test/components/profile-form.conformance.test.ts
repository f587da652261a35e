import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { ProfileForm } from '../../src/components/profile-form/profile-form.component.js';
import { describeConformance } from './conformance.js';
import { fieldByLabel, mount, screen, type, type Backend } from './helpers.js';

const nameField = (el: ProfileForm) => fieldByLabel(screen(el), 'Full name');

function submit(el: ProfileForm): void {
  const button = screen(el).querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!button) throw new Error('no submit button');
  button.click();
}

const owner = (backend: Backend) => backend.store.users.get(SEED.users.owner.id);

describeConformance<ProfileForm>({
  tag: 'profile-form',
  mount: (backend, options) => mount(backend, html`<profile-form></profile-form>`, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'A profile always has its fields: there is no empty state.' },
    error: { request: { method: 'GET', path: '/me' }, action: 'load' },
    denied: { notApplicable: 'Everyone signed in may edit their own profile; no role takes that away.' },
    hostile: {
      arrange: (backend, text) => {
        const user = owner(backend);
        if (user) backend.store.users.update(user, { name: text, version: user.version + 1 });
      },
      input: { field: nameField, submit, stored: (backend) => owner(backend)?.name },
    },
  },
  mutation: {
    request: { method: 'PATCH', path: '/me' },
    action: 'profile-save',
    fill: (el) => type(nameField(el), 'Ada Lovelace'),
    values: (el) => nameField(el).value,
    submit,
  },
  spanish: { same: ['PNG', 'JPEG', 'GIF', 'WebP'] },
  keyboard: {},
  narrow: {},
});
