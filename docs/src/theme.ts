/**
 * The theme playground: a few `--tk-*` tokens, edited in the header's Theme panel and set on every demo
 * surface (they inherit into the elements' shadow roots). The presets repeat the defaults of
 * src/components/shared/styles.ts, so "Dark" can show the dark palette on a light system and back.
 */
import { html, render } from 'lit';
import { settings, type ThemeSettings } from './settings.js';

export const colorTokens = [
  { name: '--tk-color-accent', label: 'Accent' },
  { name: '--tk-color-accent-text', label: 'On accent' },
  { name: '--tk-color-bg', label: 'Background' },
  { name: '--tk-color-surface', label: 'Surface' },
  { name: '--tk-color-text', label: 'Text' },
  { name: '--tk-color-text-muted', label: 'Muted text' },
  { name: '--tk-color-border', label: 'Border' },
  { name: '--tk-color-danger', label: 'Danger' },
  { name: '--tk-color-success', label: 'Success' },
  { name: '--tk-color-accent-soft', label: 'Accent soft' },
] as const;

const presets: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    '--tk-color-accent': '#4338ca', '--tk-color-accent-text': '#ffffff', '--tk-color-bg': '#ffffff',
    '--tk-color-surface': '#f8fafc', '--tk-color-text': '#0f172a', '--tk-color-text-muted': '#475569',
    '--tk-color-border': '#cbd5e1', '--tk-color-danger': '#b91c1c', '--tk-color-success': '#15803d',
    '--tk-color-accent-soft': '#eef2ff', '--tk-color-danger-soft': '#fef2f2', '--tk-color-success-soft': '#f0fdf4',
    '--tk-color-warning': '#a16207', '--tk-color-warning-soft': '#fefce8',
  },
  dark: {
    '--tk-color-accent': '#a5b4fc', '--tk-color-accent-text': '#0f172a', '--tk-color-bg': '#0f172a',
    '--tk-color-surface': '#1e293b', '--tk-color-text': '#f1f5f9', '--tk-color-text-muted': '#cbd5e1',
    '--tk-color-border': '#475569', '--tk-color-danger': '#fca5a5', '--tk-color-success': '#86efac',
    '--tk-color-accent-soft': '#312e81', '--tk-color-danger-soft': '#450a0a', '--tk-color-success-soft': '#052e16',
    '--tk-color-warning': '#fde047', '--tk-color-warning-soft': '#422006',
  },
};

const sizeDefaults = { '--tk-radius': 8, '--tk-font-size': 14 } as const;

const systemDark = matchMedia('(prefers-color-scheme: dark)');

function isDark(theme: ThemeSettings): boolean {
  return theme.dark ?? systemDark.matches;
}

/** Every token the playground sets, with the values now in effect. */
function effectiveTokens(theme: ThemeSettings): Record<string, string> {
  const radius = Number.parseFloat(theme.overrides['--tk-radius'] ?? `${sizeDefaults['--tk-radius']}`);
  return {
    ...presets[isDark(theme) ? 'dark' : 'light'],
    '--tk-radius': `${radius}px`,
    '--tk-radius-sm': `${Math.round(radius * 0.75)}px`,
    '--tk-font-size': `${sizeDefaults['--tk-font-size']}px`,
    ...theme.overrides,
  };
}

/** Sets the current theme's tokens on one demo surface. */
export function applyTheme(surface: HTMLElement): void {
  const theme = settings.value.theme;
  for (const [name, value] of Object.entries(effectiveTokens(theme))) surface.style.setProperty(name, value);
  surface.style.colorScheme = isDark(theme) ? 'dark' : 'light';
}

function applyEverywhere(): void {
  for (const surface of document.querySelectorAll<HTMLElement>('.demo-surface')) applyTheme(surface);
}

function setToken(name: string, value: string): void {
  const { theme } = settings.value;
  settings.update({ theme: { ...theme, overrides: { ...theme.overrides, [name]: value } } });
}

function setDark(dark: boolean): void {
  // A new scheme starts from its own palette: colour overrides belong to the scheme they were picked for.
  const sizes = Object.fromEntries(Object.entries(settings.value.theme.overrides).filter(([name]) => name in sizeDefaults));
  settings.update({ theme: { dark, overrides: sizes } });
}

const px = (value: string) => Number.parseFloat(value);

/** Renders the playground's controls into `panel`, kept in step with the settings. */
export function renderThemePanel(panel: HTMLElement, close: () => void): void {
  const draw = () => {
    const theme = settings.value.theme;
    const tokens = effectiveTokens(theme);
    render(html`
      <div class="panel-head">
        <h2 id="theme-title">Theme playground</h2>
        <span class="spacer"></span>
        <button type="button" class="button small" @click=${close}>Close</button>
      </div>
      <p class="hint">Sets <code>--tk-*</code> custom properties on the demo surfaces. Hosts theme teamkit the same way.</p>
      <label class="toggle">
        <input type="checkbox" .checked=${isDark(theme)} @change=${(event: Event) => setDark((event.target as HTMLInputElement).checked)}>
        Dark
      </label>
      <fieldset class="theme-grid">
        <legend>Colours</legend>
        ${colorTokens.map(({ name, label }) => html`
          <label class="swatch">
            <input type="color" .value=${tokens[name] ?? '#000000'}
              @input=${(event: Event) => setToken(name, (event.target as HTMLInputElement).value)}>
            ${label}
          </label>`)}
      </fieldset>
      <div class="slider">
        <label for="theme-radius">Corner radius</label>
        <output for="theme-radius">${tokens['--tk-radius']}</output>
        <input id="theme-radius" type="range" min="0" max="20" step="1" .value=${String(px(tokens['--tk-radius'] ?? '8'))}
          @input=${(event: Event) => setToken('--tk-radius', `${(event.target as HTMLInputElement).value}px`)}>
      </div>
      <div class="slider">
        <label for="theme-font-size">Font size</label>
        <output for="theme-font-size">${tokens['--tk-font-size']}</output>
        <input id="theme-font-size" type="range" min="12" max="18" step="1" .value=${String(px(tokens['--tk-font-size'] ?? '14'))}
          @input=${(event: Event) => setToken('--tk-font-size', `${(event.target as HTMLInputElement).value}px`)}>
      </div>
      <button type="button" class="button" @click=${() => settings.update({ theme: { overrides: {} } })}>Reset theme</button>
    `, panel);
  };
  draw();
  settings.addEventListener('change', draw);
}

settings.addEventListener('change', applyEverywhere);
systemDark.addEventListener('change', applyEverywhere);
