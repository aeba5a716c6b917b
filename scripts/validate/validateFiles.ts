// Per-file rules: refused file types, SVG sanitizing, plain-http URLs in code, and code in apps
// that must not ship any (zendesk-apps.md §9 rules 7 and 8). tmp/ is already left out by readAppPackage.
import type { AppPackage } from './appPackage';
import type { JsonObject } from './jsonValue';
import { isRequirementsOrMarketingOnly } from './validateManifest';
import { error, warning, type Problem } from './problem';

// prettier-ignore
export const FORBIDDEN_EXTENSIONS = [
  'zip', 'rar', 'gz', 'gzip', 'pdf', 'doc', 'docx', 'avi', 'bin', 'bz', 'bz2', 'csh', 'sh', 'jar',
  'mp3', 'mpeg', 'odt', 'ppt', 'pptx', 'xls', 'xlsx', '7z',
];

/** Zendesk also refuses these by content type; magic numbers catch a renamed archive or PDF. */
const FORBIDDEN_SIGNATURES: ReadonlyArray<{ kind: string; bytes: readonly number[] }> = [
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

const PLAIN_HTTP_URL = /http:\/\/([^\s"'`<>()\\/:?#]+)/g;
/** Hosts that never leave the machine, and XML namespace names (identifiers, never fetched). */
const HARMLESS_HTTP_HOSTS = new Set(['localhost', '127.0.0.1', 'www.w3.org']);
const CODE_EXTENSIONS = new Set(['js', 'css', 'hbs']);

export function validateFiles(appPackage: AppPackage, manifest: JsonObject | null): Problem[] {
  const problems: Problem[] = [];
  const noCodeAllowed = manifest !== null && isRequirementsOrMarketingOnly(manifest);

  for (const symlink of appPackage.symlinks) {
    problems.push(
      warning(
        symlink,
        '',
        'is a symbolic link: it is not packaged (and the Marketplace refuses links)',
      ),
    );
  }

  for (const file of appPackage.files) {
    const extension = extensionOf(file);
    if (FORBIDDEN_EXTENSIONS.includes(extension)) {
      problems.push(error(file, '', `.${extension} files are refused by Zendesk`));
    } else {
      const kind = forbiddenContentKind(appPackage.read(file));
      if (kind !== null)
        problems.push(
          error(file, '', `is a ${kind} file in disguise; Zendesk refuses ${kind} files`),
        );
    }

    if (file.startsWith('assets/') && extension === 'svg') {
      problems.push(
        warning(file, '', 'will be sanitized by Zendesk (scripts and external references removed)'),
      );
    }

    if (extension === 'js' || extension === 'html') {
      const insecureUrl = firstPlainHttpUrl(appPackage.readText(file));
      if (insecureUrl !== null) {
        problems.push(warning(file, '', `loads over plain http (${insecureUrl}); use https`));
      }
    }

    if (noCodeAllowed && (CODE_EXTENSIONS.has(extension) || file.startsWith('templates/'))) {
      problems.push(
        error(file, '', 'requirements-only and marketing-only apps ship no JS, templates or CSS'),
      );
    }
  }
  return problems;
}

function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function forbiddenContentKind(bytes: Uint8Array): string | null {
  const match = FORBIDDEN_SIGNATURES.find(({ bytes: signature }) =>
    signature.every((byte, index) => bytes[index] === byte),
  );
  return match?.kind ?? null;
}

function firstPlainHttpUrl(text: string): string | null {
  for (const match of text.matchAll(PLAIN_HTTP_URL)) {
    const host = (match[1] ?? '').toLowerCase();
    if (!HARMLESS_HTTP_HOSTS.has(host)) return match[0];
  }
  return null;
}
