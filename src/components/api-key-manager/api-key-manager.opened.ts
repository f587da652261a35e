// What only an open create dialog uses, loaded when it first opens: the form (with the shared form controller and
// fields), the SDK's schema it validates with (and zod), and the dialog that shows the new key's secret once.
export { ApiKeyCreate } from '../../sdk/schemas/api-keys.js';
export { OneTimeSecretController } from '../shared/one-time-secret.js';
export { CreateKeyForm } from './api-key-manager.create.js';
