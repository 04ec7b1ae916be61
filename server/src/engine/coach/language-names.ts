/**
 * Languages by name: what a `Language:` header value means, and how a message names a language to the
 * writer. Intl's language data (English names, and each language's own) does the naming.
 */

// Names a writer may put in the header for the coached languages, in English and in the language itself,
// with and without accents. Other languages' names are looked up from Intl (see namedLanguages).
const NAMES: Record<string, string> = {
  english: 'en', englisch: 'en', anglais: 'en', inglés: 'en', ingles: 'en',
  german: 'de', deutsch: 'de', allemand: 'de', alemán: 'de', aleman: 'de',
  french: 'fr', französisch: 'fr', francais: 'fr', français: 'fr', francés: 'fr', frances: 'fr',
  spanish: 'es', spanisch: 'es', espagnol: 'es', español: 'es', espanol: 'es', castellano: 'es',
};

const CODE = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8}){0,4}$/;
const parsed = new Map<string, string | undefined>();

/**
 * A `Language:` value as an ISO 639 code: "de", "DE-at", "Deutsch" and "German" all read as "de";
 * "pt-BR" and "Portuguese" as "pt". A code no language has ("xx", "yes") or an unknown name is undefined.
 */
export function parseLanguage(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (parsed.has(v)) return parsed.get(v);
  const code = NAMES[v] ?? knownCode(CODE.exec(v)?.[1]) ?? namedLanguages().get(v);
  // Header values repeat on every lint; a bounded memo keeps pasted junk from growing it.
  if (parsed.size >= 256) parsed.clear();
  parsed.set(v, code);
  return code;
}

let englishNames: Intl.DisplayNames | undefined;

function displayNames(): Intl.DisplayNames | undefined {
  if (typeof Intl.DisplayNames !== 'function') return undefined;
  englishNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return englishNames;
}

function knownCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const names = displayNames();
  // Without Intl's language data every well-formed code is taken at its word.
  return !names || names.of(code) !== undefined ? code : undefined;
}

const names = new Map<string, string>();

/** "Portuguese (pt)": how a message names a language to the writer. Remembered: Intl takes microseconds. */
export function languageName(code: string): string {
  let label = names.get(code);
  if (!label) {
    const name = code === 'und' ? undefined : displayNames()?.of(code);
    label = name ? `${name} (${code})` : 'a language it could not identify';
    // Codes come from the detector and from headers the parser accepted: the languages Intl knows, at most.
    names.set(code, label);
  }
  return label;
}

// Languages a writer is likely to name in the header: the ones the detector tells apart.
const NAMEABLE = ['pt', 'it', 'nl', 'sv', 'no', 'nb', 'da', 'fi', 'hu', 'ro', 'pl', 'tr', 'cs', 'ca', 'hi', 'bn', 'ja', 'zh', 'ko', 'th', 'ru', 'uk', 'el', 'he', 'ar', 'vi', 'id'];
let named: Map<string, string> | undefined;

/** English and native names of the other languages ("portuguese", "português"), built on first use. */
function namedLanguages(): Map<string, string> {
  if (named) return named;
  named = new Map();
  if (typeof Intl.DisplayNames !== 'function') return named;
  for (const code of NAMEABLE) {
    for (const locale of ['en', code]) {
      const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
      if (name) named.set(name.toLowerCase(), code);
    }
  }
  return named;
}
