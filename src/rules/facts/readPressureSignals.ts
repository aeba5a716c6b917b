// Pressure that words cannot express: "!!!" and shouting in capitals. Both only ever raise the
// severity-pressure flag; they never change severity (support-policy §5).

/** Capitalized words that are names, not shouting. */
const ACRONYMS = new Set([
  'HTTP', 'HTTPS', 'SAML', 'OIDC', 'HTML', 'JSON', 'YAML', 'CORS', 'LDAP', 'RBAC', 'UUID', 'GRPC', 'OAUTH',
  'NGINX', 'TODO', 'FIXME', 'README', 'NOTE', 'SCIM', 'CSRF', 'JWT', 'ACLS', 'GCP', 'AWS', 'SOC', 'ISO',
  'NEEDS', 'TRANSITION', 'LSIF', 'SCIP', 'CODEOWNERS', 'UTC', 'PST', 'CEST', 'GMT', 'SIG', 'GDPR', 'HIPAA',
  'CVSS', 'ARM', 'WSL', 'EKS', 'GKE', 'AKS', 'CPU', 'RAM', 'OOM', 'DAU', 'WAU', 'MAU', 'POC', 'ASAP', 'FYI',
  'VPN', 'SMTP', 'IMAP', 'DNS', 'PDF', 'CSV', 'URL', 'URLS', 'APIS', 'REST', 'SDK', 'CLI', 'IDE',
]);

interface PressureSignals {
  exclamations: boolean;
  shouting: boolean;
}

export function readPressureSignals(text: string): PressureSignals {
  const exclamations = text.includes('!!');
  let capsWords = 0;
  let letters = 0;
  let upper = 0;
  // One pass over the characters: runs of ASCII letters are words.
  let start = -1;
  let wordUpper = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const isUpper = code >= 65 && code <= 90;
    const isLetter = isUpper || (code >= 97 && code <= 122);
    if (isLetter) {
      if (start < 0) {
        start = i;
        wordUpper = 0;
      }
      letters++;
      if (isUpper) {
        upper++;
        wordUpper++;
      }
      continue;
    }
    if (start >= 0) {
      const length = i - start;
      if (length >= 4 && wordUpper === length && !ACRONYMS.has(text.slice(start, i))) capsWords++;
      start = -1;
    }
  }
  const mostlyCapitals = letters >= 20 && upper / letters >= 0.7;
  return { exclamations, shouting: capsWords >= 2 || mostlyCapitals };
}
