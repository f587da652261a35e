/**
 * The site's page list, the one source for the navigation, the landing page's index and the smoke test
 * (which follows the nav links marked `data-site-page`). Component pages come from the registered elements,
 * so a new element appears here as soon as it is added to `src/components/elements.ts`.
 */
import { elements } from '../../src/components/elements.js';

export interface SitePage {
  href: string;
  label: string;
  /** Shown as code (a tag name). */
  code?: boolean;
  /** One of this site's own pages (as opposed to generated references). */
  sitePage: boolean;
}

export interface SiteSection {
  title: string;
  pages: SitePage[];
}

/** Account screens, as listed in the spec; every other element is a workspace screen. */
const accountTags = new Set([
  'profile-form', 'password-form', 'email-change-form', 'phone-change-form', 'session-list',
  'notification-preferences', 'privacy-settings', 'account-settings',
]);
const setupTags = new Set(['teamkit-provider']);

export const componentHref = (tag: string) => `/docs/component.html?tag=${encodeURIComponent(tag)}`;
export const guideHref = (doc: string) => `/docs/guide.html?doc=${encodeURIComponent(doc)}`;
export const acceptInviteHref = (token: string) => `${componentHref('accept-invite')}&token=${encodeURIComponent(token)}`;

/** `href` as an absolute URL: links a visitor copies, or opens from a mail, must work outside this page. */
export const absoluteUrl = (href: string) => new URL(href, location.origin).href;

/** The generated references (scripts/serve/references.ts builds them when the server starts). */
export const sdkReferenceHref = '/docs/api/';
export const httpReferenceHref = '/docs/openapi/';

/** Every registered element, the provider first, then alphabetical. */
export function componentTags(): string[] {
  return Object.keys(elements).sort((a, b) => Number(setupTags.has(b)) - Number(setupTags.has(a)) || a.localeCompare(b));
}

export function isComponent(tag: string): boolean {
  return Object.hasOwn(elements, tag);
}

/** The guide's Markdown files in docs/guide/, by file name without `.md`. */
export const guides = [{ doc: 'building-elements', label: 'Building an element' }];

const componentPage = (tag: string): SitePage => ({ href: componentHref(tag), label: `<${tag}>`, code: true, sitePage: true });

export function siteSections(): SiteSection[] {
  const tags = componentTags();
  const sections: SiteSection[] = [
    {
      title: 'Overview',
      pages: [
        { href: '/docs/', label: 'Introduction', sitePage: true },
        ...guides.map(({ doc, label }) => ({ href: guideHref(doc), label, sitePage: true })),
      ],
    },
    { title: 'Setup', pages: tags.filter((tag) => setupTags.has(tag)).map(componentPage) },
    { title: 'Account', pages: tags.filter((tag) => accountTags.has(tag)).map(componentPage) },
    { title: 'Workspace', pages: tags.filter((tag) => !accountTags.has(tag) && !setupTags.has(tag)).map(componentPage) },
    {
      title: 'Reference',
      pages: [
        { href: sdkReferenceHref, label: 'SDK reference', sitePage: false },
        { href: httpReferenceHref, label: 'HTTP API reference', sitePage: false },
      ],
    },
  ];
  return sections.filter((section) => section.pages.length > 0);
}
