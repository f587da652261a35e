/** One address in the emails field. `serverMessage` is set when the server refused it. */
export interface EmailChip {
  email: string;
  /** Whether the address passes the SDK's own `Email` schema. */
  wellFormed: boolean;
  serverMessage?: string | undefined;
}

export const isInvalidChip = (chip: EmailChip): boolean => !chip.wellFormed || chip.serverMessage !== undefined;

/** Anything that separates two addresses when typed or pasted. */
export const SEPARATOR = /[\s,;]+/u;

/**
 * The addresses in typed or pasted text. Handles address-book formats too:
 * `"Lovelace, Ada" <ada@example.com>; bob@example.com` → `ada@example.com`, `bob@example.com`.
 */
export function splitEmails(text: string): string[] {
  return text
    .replace(/"[^"]*"\s*(?=<)/gu, ' ')
    .replace(/[^,;\n<>]*<([^<>\s]*@[^<>\s]*)>/gu, ' $1 ')
    .split(SEPARATOR)
    .map((token) => token.replace(/^mailto:/iu, ''))
    .filter(Boolean);
}

/** The key under which two spellings of one address are the same: servers compare case-insensitively. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

export interface MergeOutcome {
  chips: EmailChip[];
  added: number;
  /** Addresses already present (in any letter case), or repeated within the new text. */
  duplicates: number;
  /** Addresses beyond `max`, in order, so they can stay in the input instead of being lost. */
  overflow: string[];
}

/**
 * Adds `emails` after `chips`, merging duplicates case-insensitively and keeping at most `max` chips;
 * `isEmail` is the SDK's `Email` schema, which loads with the dialog's data.
 */
export function mergeEmails(chips: readonly EmailChip[], emails: readonly string[], max: number, isEmail: (email: string) => boolean): MergeOutcome {
  const merged = [...chips];
  const seen = new Set(chips.map((chip) => emailKey(chip.email)));
  const overflow: string[] = [];
  let duplicates = 0;
  let added = 0;
  for (const email of emails) {
    const key = emailKey(email);
    if (seen.has(key)) {
      duplicates++;
    } else if (merged.length >= max) {
      overflow.push(email);
    } else {
      seen.add(key);
      merged.push({ email, wellFormed: isEmail(email) });
      added++;
    }
  }
  return { chips: merged, added, duplicates, overflow };
}
