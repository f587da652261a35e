/**
 * The slice of the Custom Elements Manifest (`/custom-elements.json`, written by `npm run analyze`) that the
 * component pages render. Everything in it is treated as untrusted text.
 */

export interface TypeRef { text: string }

export interface Attribute { name: string; type?: TypeRef; default?: string; description?: string; fieldName?: string }
export interface Member {
  kind: 'field' | 'method';
  name: string;
  type?: TypeRef;
  default?: string;
  description?: string;
  attribute?: string;
  reflects?: boolean;
  static?: boolean;
  readonly?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  parameters?: { name: string; type?: TypeRef; optional?: boolean }[];
  return?: { type?: TypeRef };
  inheritedFrom?: { name: string };
}
export interface NamedDoc { name: string; description?: string; type?: TypeRef; default?: string }

export interface ElementDoc {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: NamedDoc[];
  slots?: NamedDoc[];
  cssParts?: NamedDoc[];
  cssProperties?: NamedDoc[];
}

interface Manifest {
  modules?: { path: string; declarations?: ElementDoc[] }[];
}

export type ManifestResult =
  | { status: 'ok'; element: ElementDoc | undefined }
  | { status: 'missing' }
  | { status: 'invalid'; reason: string };

let manifest: Promise<Manifest | undefined> | undefined;

function loadManifest(): Promise<Manifest | undefined> {
  manifest ??= fetch('/custom-elements.json').then(async (response) => {
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`GET /custom-elements.json answered ${response.status}`);
    return (await response.json()) as Manifest;
  });
  return manifest;
}

/**
 * The manifest's declaration for `tag`, or why there is none. Elements register through `defineElement()`,
 * which the analyzer cannot follow, so without a `tagName` the class is found by the folder convention
 * (`src/components/<tag>/<tag>.component.ts`) and its class name.
 */
export async function elementDoc(tag: string, className: string): Promise<ManifestResult> {
  try {
    const loaded = await loadManifest();
    if (!loaded) return { status: 'missing' };
    const modules = loaded.modules ?? [];
    const byTag = modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
    const byConvention = modules
      .filter((module) => module.path.endsWith(`${tag}/${tag}.component.ts`))
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.name === className);
    return { status: 'ok', element: byTag ?? byConvention };
  } catch (error) {
    return { status: 'invalid', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Public instance API only: no private/protected members, no `#private` ones, no statics. */
export function publicMembers(element: ElementDoc): Member[] {
  return (element.members ?? []).filter(
    (member) => !member.static && !member.name.startsWith('#') && !member.name.startsWith('_')
      && (member.privacy === undefined || member.privacy === 'public'),
  );
}
