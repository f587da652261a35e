/**
 * Code blocks: a small highlighter for the HTML and TypeScript the docs show, and a copy button. Tokens become
 * text nodes in spans (Lit escapes them), so a snippet can hold any characters.
 */
import { html, nothing, type TemplateResult } from 'lit';

type Token = { text: string; kind?: 'tag' | 'attr' | 'string' | 'comment' | 'keyword' };

const keywords = /\b(import|from|const|let|await|async|new|return|if|else|function|export|true|false|null|undefined)\b/;

function scriptTokens(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(`(//[^\\n]*)|('(?:[^'\\\\\\n]|\\\\.)*'|"(?:[^"\\\\\\n]|\\\\.)*"|\`(?:[^\`\\\\]|\\\\.)*\`)|${keywords.source}`, 'g');
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) tokens.push({ text: source.slice(last, match.index) });
    const [text, comment, string] = match;
    tokens.push({ text, kind: comment ? 'comment' : string ? 'string' : 'keyword' });
    last = match.index + text.length;
  }
  if (last < source.length) tokens.push({ text: source.slice(last) });
  return tokens;
}

function htmlTokens(source: string): Token[] {
  const tokens: Token[] = [];
  const markup = /(<!--[\s\S]*?-->)|(<\/?[A-Za-z][\w-]*)/y;
  let text = '';
  let index = 0;
  const flush = () => {
    if (text) tokens.push({ text });
    text = '';
  };
  while (index < source.length) {
    markup.lastIndex = index;
    const match = markup.exec(source);
    if (!match) {
      text += source[index];
      index += 1;
      continue;
    }
    flush();
    const [whole, comment, tagOpen] = match;
    if (comment) {
      tokens.push({ text: comment, kind: 'comment' });
      index += whole.length;
    } else if (tagOpen) {
      tokens.push({ text: tagOpen, kind: 'tag' });
      index += tagOpen.length;
      index = attributeTokens(source, index, tokens);
      if (tagOpen.toLowerCase() === '<script') {
        const end = source.indexOf('</script>', index);
        const body = source.slice(index, end === -1 ? source.length : end);
        tokens.push(...scriptTokens(body));
        index += body.length;
      }
    }
  }
  flush();
  return tokens;
}

/** Attributes up to and including the tag's closing `>`; returns the index after it. */
function attributeTokens(source: string, start: number, tokens: Token[]): number {
  const attribute = /(\s+)|([^\s"'<>/=]+)|(=)|("[^"]*"|'[^']*')|(\/?>)/y;
  let index = start;
  while (index < source.length) {
    attribute.lastIndex = index;
    const match = attribute.exec(source);
    if (!match) return index;
    const [whole, space, name, equals, value, close] = match;
    if (space || equals) tokens.push({ text: whole });
    else if (name) tokens.push({ text: name, kind: 'attr' });
    else if (value) tokens.push({ text: value, kind: 'string' });
    else if (close) {
      tokens.push({ text: close, kind: 'tag' });
      return index + close.length;
    }
    index += whole.length;
  }
  return index;
}

export type Language = 'html' | 'ts' | 'text';

function highlighted(source: string, language: Language): TemplateResult[] {
  const tokens = language === 'html' ? htmlTokens(source) : language === 'ts' ? scriptTokens(source) : [{ text: source }];
  return tokens.map(({ text, kind }) => (kind ? html`<span class="tok-${kind}">${text}</span>` : html`${text}`));
}

const languageNames: Record<Language, string> = { html: 'HTML', ts: 'TypeScript', text: 'Text' };

async function copy(event: Event, source: string): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const status = button.parentElement?.querySelector('[role="status"]');
  let result = 'Copied';
  try {
    await navigator.clipboard.writeText(source);
  } catch {
    result = 'Copy failed: select the code and copy it by hand';
  }
  button.textContent = result.startsWith('Copied') ? 'Copied' : 'Copy failed';
  if (status) status.textContent = result;
  setTimeout(() => {
    button.textContent = 'Copy';
    if (status) status.textContent = '';
  }, 1500);
}

/**
 * A highlighted, copyable code block: a bar with its name (`label`, else the language) and a Copy button
 * above the code, so the button never covers a line; long lines scroll inside the block, not the page.
 */
export function codeBlock(source: string, language: Language, label?: string): TemplateResult {
  const name = label ?? languageNames[language];
  return html`<div class="code-block" role=${label ? 'region' : nothing} aria-label=${label ?? nothing}>
    <div class="code-bar">
      <span class="code-label" aria-hidden=${label ? 'true' : nothing}>${name}</span>
      <span class="visually-hidden" role="status"></span>
      <button type="button" class="button small copy" aria-label=${`Copy ${name}`} @click=${(event: Event) => copy(event, source)}>Copy</button>
    </div>
    <pre tabindex="0"><code>${highlighted(source, language)}</code></pre>
  </div>`;
}
