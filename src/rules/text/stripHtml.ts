// HTML in ticket text (pasted mail, rich-text comments, the occasional `<img onerror=…>`) is
// reduced to its visible words in one linear pass. Nothing here ever renders the HTML.

/** Tags whose content is not visible text. */
const INVISIBLE = new Set(['script', 'style', 'head', 'title', 'noscript', 'template']);
/** Tags that end a line of visible text. */
const BLOCK = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function isTagStart(code: number): boolean {
  // a-z, A-Z, '/', '!': "a < b" and "<3" stay text.
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 47 || code === 33;
}

function tagName(tag: string): string {
  let i = tag.startsWith('/') ? 1 : 0;
  let name = '';
  for (; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!alnum) break;
    name += tag[i];
  }
  return name.toLowerCase();
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#?[a-zA-Z0-9]{1,8});/g, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(code) && code > 31 && code < 0x110000) return String.fromCodePoint(code);
    }
    return whole;
  });
}

/** Visible text of `input`: tags dropped, block tags become newlines, script/style bodies removed. */
export function stripHtml(input: string): string {
  if (!input.includes('<')) return decodeEntities(input);
  let out = '';
  let i = 0;
  let hidden: string | null = null; // inside <script>…</script> and the like
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt === -1) {
      if (hidden === null) out += input.slice(i);
      break;
    }
    if (hidden === null) out += input.slice(i, lt);
    const next = input.charCodeAt(lt + 1);
    if (!isTagStart(next)) {
      if (hidden === null) out += '<';
      i = lt + 1;
      continue;
    }
    const gt = input.indexOf('>', lt + 1);
    if (gt === -1) {
      // No closing bracket anywhere after: the rest is text, and no later '<' can be a tag.
      if (hidden === null) out += input.slice(lt);
      break;
    }
    const tag = input.slice(lt + 1, gt);
    const name = tagName(tag);
    const closing = tag.startsWith('/');
    if (hidden !== null) {
      if (closing && name === hidden) hidden = null;
    } else if (!closing && INVISIBLE.has(name) && !tag.endsWith('/')) {
      hidden = name;
    } else if (BLOCK.has(name)) {
      out += '\n';
    } else {
      out += ' ';
    }
    i = gt + 1;
  }
  return decodeEntities(out);
}
