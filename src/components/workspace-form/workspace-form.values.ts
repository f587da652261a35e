import type { Workspace } from '../../sdk/index.js';

/** The form's values: what `PATCH /workspaces/{id}` can change, with '' standing for "no website". */
export type WorkspaceValues = {
  name: string;
  /** As typed; the schema normalises it ("acme.com" → "https://acme.com"). */
  website: string;
  /** One of the API's `INDUSTRIES` keys, the reader's own words, or null. */
  industry: string | null;
  timezone: string;
};

/** What the form holds until the workspace has loaded. */
export const EMPTY_WORKSPACE: WorkspaceValues = { name: '', website: '', industry: null, timezone: 'UTC' };

/** The values a workspace shows. */
export const valuesOf = (workspace: Workspace): WorkspaceValues => ({
  name: workspace.name, website: workspace.website ?? '', industry: workspace.industry, timezone: workspace.timezone,
});

/**
 * The values as the SDK's `WorkspaceUpdate` schema reads them; `listedZone` gives a typed time zone its listed
 * spelling ("europe/madrid" → "Europe/Madrid").
 */
export const toInput = (values: WorkspaceValues, listedZone: (typed: string) => string = (typed) => typed) => ({
  name: values.name,
  website: values.website.trim() === '' ? null : values.website,
  industry: values.industry === null || values.industry.trim() === '' ? null : values.industry,
  timezone: listedZone(values.timezone).trim(),
});
