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

export interface PressureSignals {
  exclamations: boolean;
  shouting: boolean;
}

export function readPressureSignals(text: string): PressureSignals {
  const exclamations = text.includes('!!');
  let capsWords = 0;
  let letters = 0;
  let upper = 0;
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    const word = match[0];
    letters += word.length;
    let wordUpper = 0;
    for (const ch of word) if (ch >= 'A' && ch <= 'Z') wordUpper++;
    upper += wordUpper;
    if (word.length >= 4 && wordUpper === word.length && !ACRONYMS.has(word)) capsWords++;
  }
  const mostlyCapitals = letters >= 20 && upper / letters >= 0.7;
  return { exclamations, shouting: capsWords >= 2 || mostlyCapitals };
}
