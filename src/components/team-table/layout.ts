import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { COLUMN_KEYS, type Column } from './columns.js';

/** Below this width of the element (or where its columns no longer fit) rows become stacked cards. */
const CARD_WIDTH = 600;

/** The scroller's borders and a classic vertical scrollbar: what the rows' grid does not get of the element's width. */
const CHROME = 18;
const ACTIONS = 'var(--tk-team-table-actions-width, 120px)';
const ACTIONS_DEFAULT = 120;

/**
 * Each column's CSS grid track and its minimum in px. Every row is its own grid, so no track may depend on a
 * row's content: the actions column has a set width (`--tk-team-table-actions-width`) a host can widen.
 */
const TRACKS: Record<Column, [min: number, track: string]> = {
  select: [44, '44px'],
  name: [180, 'minmax(180px,2fr)'],
  email: [180, 'minmax(180px,2fr)'],
  role: [170, 'minmax(170px,1fr)'],
  groups: [110, 'minmax(110px,1fr)'],
  status: [100, '100px'],
  added: [120, '120px'],
  'last-login': [130, '130px'],
  actions: [ACTIONS_DEFAULT, ACTIONS],
};
/** The name column once the email is its second line. */
const NAME_WITH_EMAIL: [number, string] = [220, 'minmax(220px,2fr)'];

/**
 * What gives way first as the element narrows, the least needed first. Folding the email puts it on a second
 * line of the name cell (`.email-line`) and hides the email column, so the grid's columns and headers always match.
 */
const STEPS = [{ drop: 'groups' }, { drop: 'added' }, { fold: 'email' }, { drop: 'last-login' }] as const;
/** What a card leaves out: it shows the name (with the email under it), role, status and the actions. */
const CARD_DROPS: readonly Column[] = ['groups', 'added', 'last-login'];

interface Tier {
  /** Applies below this width of the element, in px; the first tier applies at any width. */
  below: number;
  shown: Column[];
  folded: boolean;
}

/** How one set of columns lays out at every width: a stylesheet of container queries, and the same rule for scripts. */
export interface ColumnLayout {
  readonly sheet: CSSStyleSheet;
  /** The columns visible when the element's content box is `width` px wide, as the stylesheet shows them. */
  shown(width: number): readonly Column[];
}

const trackOf = (column: Column, folded: boolean) => (folded && column === 'name' ? NAME_WITH_EMAIL : TRACKS[column]);
const minWidth = ({ shown, folded }: Omit<Tier, 'below'>) => shown.reduce((sum, column) => sum + trackOf(column, folded)[0], 0);

function tiersOf(columns: readonly Column[]): { tiers: Tier[]; cardsBelow: number } {
  const tiers: Tier[] = [{ below: Infinity, shown: [...columns], folded: false }];
  for (const step of STEPS) {
    const last = tiers[tiers.length - 1] as Tier;
    const fits = minWidth(last) + CHROME;
    if (fits <= CARD_WIDTH) break;
    const next = 'drop' in step
      ? { shown: last.shown.filter((column) => column !== step.drop), folded: last.folded }
      : { shown: last.shown.filter((column) => !(column === step.fold && last.shown.includes('name'))), folded: last.shown.includes('name') };
    if (next.shown.length !== last.shown.length) tiers.push({ below: fits, ...next });
  }
  return { tiers, cardsBelow: Math.max(CARD_WIDTH, minWidth(tiers[tiers.length - 1] as Tier) + CHROME) };
}

/** The cards' columns: the name (with the email under it) on the first line, the rest on the second. */
function cardShown(columns: readonly Column[]): { shown: Column[]; folded: boolean } {
  const folded = columns.includes('name');
  const shown = columns.filter((column) => !CARD_DROPS.includes(column) && !(folded && column === 'email'));
  // A host that chose only columns a card leaves out still gets them.
  return shown.some((column) => column !== 'select') ? { shown, folded } : { shown: [...columns], folded: false };
}

/** A hidden column stays hidden whatever a row's own styles (a light row's cells, a host's `::part(cell)`) say. */
const hide = (columns: readonly Column[]) => (columns.length ? `${columns.map((column) => `[data-col="${column}"]`).join(',')}{display:none!important}` : '');

function tierCss({ shown, folded }: Tier, all: readonly Column[]): string {
  const fixed = shown.reduce((sum, column) => sum + (column === 'actions' ? 0 : trackOf(column, folded)[0]), 0);
  const tracks = shown.map((column) => trackOf(column, folded)[1]).join(' ');
  return `.tr{grid-template-columns:${tracks}}[role="grid"]{min-width:calc(${fixed}px + ${shown.includes('actions') ? ACTIONS : '0px'})}`
    + hide(all.filter((column) => !shown.includes(column))) + (folded ? '.email-line{display:block}' : '');
}

/**
 * A card is a two-line grid: the checkbox and the name (with the email under it) first; under them, from the
 * card's edge, the other cells in column order and the actions at the far end.
 * Its height is fixed (`--tk-team-table-card-height`), as rows are virtualized.
 */
function cardCss(columns: readonly Column[]): string {
  const { shown, folded } = cardShown(columns);
  const lead = shown.find((column) => column !== 'select') ?? 'select';
  const rest = shown.filter((column) => column !== 'select' && column !== lead);
  const select = shown.includes('select') ? ['select'] : [];
  // The first cell of the second line (the role select, usually) may grow to 14rem; a filler pushes the actions to the end.
  const actions = rest.filter((column) => column === 'actions');
  const cells = [...rest.filter((column) => column !== 'actions'), '.', ...actions];
  const tracks = [...select.map(() => '44px'), ...cells.map((cell, index) => (cell === '.' ? 'minmax(0,1fr)' : index === 0 ? 'minmax(0,14rem)' : 'auto'))];
  const line1 = [...select, ...cells.map(() => lead)];
  const line2 = [...select.map(() => cells[0] ?? '.'), ...cells];
  const areas = shown.map((column) => `[data-col="${column}"]{grid-area:${column}}`).join('');
  return `.scroller{--_row-h:var(--tk-team-table-card-height,104px);--_head-h:40px}[role="grid"]{min-width:0}`
    + `.head{display:flex}.head>[role="columnheader"]{padding:0 var(--_space-2)}`
    + `[part~="body"]>.tr{grid-template-columns:${tracks.join(' ')};grid-template-areas:"${line1.join(' ')}" "${line2.join(' ')}";`
    + 'grid-template-rows:auto auto;align-content:center;gap:var(--_space-2);padding:var(--_space-3) var(--_space-2)}'
    + '[part~="body"] [role="gridcell"]{height:auto;padding:0 var(--_space-1)}'
    + areas + hide(columns.filter((column) => !shown.includes(column))) + (folded ? '.email-line{display:block}' : '');
}

const cache = new Map<string, ColumnLayout>();

/**
 * The layout of a set of columns, built once per set and shared by every table showing it. It is a
 * constructed stylesheet (CSSOM), so a Content-Security-Policy without `'unsafe-inline'` styles allows it.
 */
export function columnLayout(columns: readonly Column[]): ColumnLayout {
  const key = columns.join(',');
  let layout = cache.get(key);
  if (!layout) {
    const { tiers, cardsBelow } = tiersOf(columns);
    // Rows rendered while scrolling hold every column; those not chosen never show.
    const css = hide(['select' as const, ...COLUMN_KEYS].filter((column) => !columns.includes(column)))
      + tiers.map((tier, index) => (index === 0 ? tierCss(tier, columns) : `@container (width < ${tier.below}px){${tierCss(tier, columns)}}`)).join('')
      + `@container (width < ${cardsBelow}px){${cardCss(columns)}}`;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const cards = cardShown(columns).shown;
    layout = {
      sheet,
      shown: (width) => (width < cardsBelow ? cards : [...tiers].reverse().find((tier) => width < tier.below)?.shown ?? columns),
    };
    cache.set(key, layout);
  }
  return layout;
}

/**
 * The element's content-box width as its container queries see it, kept current by a ResizeObserver, for the
 * scripts that must agree with the stylesheet (which columns keyboard navigation visits). `matters(width)`
 * says whether the new width needs a re-render.
 */
export class ContainerWidth implements ReactiveController {
  /** Unknown until first observed: the widest layout. */
  width = Infinity;
  #observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element, private readonly matters: (width: number) => boolean) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentBoxSize[0]?.inlineSize;
      if (width === undefined || width === this.width) return;
      this.width = width;
      if (this.matters(width)) this.host.requestUpdate();
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
