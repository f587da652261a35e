// What only an open endpoint form uses, loaded when it first opens: the form (with the shared form controller and
// fields) and the SDK's schema it validates with (and zod).
export { WebhookCreate } from '../../sdk/schemas/webhooks.js';
export { EndpointForm } from './webhook-manager.form.js';
