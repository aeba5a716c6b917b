// Text cues per request type: typed data, tuned on test/fixtures/realistic-tickets.jsonl and the
// samples. Start: support-policy.md §15 "Request-type cues" and the §2 severity cues (incident).
//
// How they are used (scoreRequestTypes.ts): compiled to stems at build time into
// cueTable.generated.ts; after editing this file run `npm run engine-tables` (`npm run build`
// does too), or the cue table test fails.
// - Cues are stemmed like ticket text, so "fails" also finds "failed" and "failing".
//   Punctuation is a separator: "cve-" is the token "cve", "sourcegraph/server" two tokens.
// - Phrases (several tokens) match first, longest first, and use up their tokens: the words of a
//   matched phrase do not vote again ("steps to reproduce" is not also "steps to").
// - Each cue counts once per field; the subject counts twice (SUBJECT_WEIGHT).
// - Negated tokens ("not using swarm", "no longer failing") do not vote. A phrase may contain
//   its own negator ("not syncing", "never finishes").
// - Sequences: a token from `first` followed within `within` tokens (same sentence) by one from
//   `then`: "upgrade … fails" is a deployment error, "errors after the upgrade" is not.
// - Context cues (component, product and protocol names) add at most CONTEXT_CAP to a type and
//   do not count as distinct cues: naming the migrator does not make a security report a
//   deployment error.
// - Scope cues ("all users", "every page") count only when the ticket states a failure
//   (FAILURE_STATEMENTS); alone they are a hint.
// Weights: 4–5 names the type outright, 2.5–3.5 points to it, 1–2 is a hint.
import type { RequestType } from '../types';

export type Cue = readonly [text: string, weight: number];

export interface SequenceCue {
  first: readonly string[];
  /** Words of `first` that count only when they open a sentence or clause: "Is it affected?", not "it is affected". */
  atStart?: readonly string[];
  then: readonly string[];
  within: number;
  weight: number;
}

export interface RequestTypeCueSet {
  phrases: readonly Cue[];
  words: readonly Cue[];
  sequences?: readonly SequenceCue[];
  /** Names of things (components, protocols): capped together, never decisive alone. */
  context?: readonly Cue[];
  /** How many are affected: weighs only next to a stated failure. */
  scope?: readonly Cue[];
}

/** A failure stated anywhere in the ticket: what turns "all users" into an outage. */
export const FAILURE_STATEMENTS: readonly string[] = [
  'error', 'fail', 'failing', 'down', 'outage', 'broken', 'blocked', 'unreachable', 'unresponsive', 'not working',
  "doesn't work", 'does not work', "can't", 'unable to', 'not load', 'not loading', "won't load", 'nothing loads',
  '500', '502', '503', '504', 'timeout', 'crash',
];

/**
 * Customisation the product supports (support-policy §11: Helm through an override file, the
 * documented Kustomize components). Named in a ticket, it explains the "we customized" and
 * "kustomization.yaml" words: they are not the customer's own overlay or fork.
 */
export const SUPPORTED_CUSTOMIZATION: readonly string[] = [
  'values override', 'values overrides', 'override file', 'overrides file', 'override yaml', 'values file', 'values yaml',
  'helm values', 'documented components', 'kustomize components', 'your components', 'provided components', 'components you ship',
  'as documented', 'as your docs describe',
];

const FAILURE_WORDS = ['fail', 'failure', 'error', 'errors', 'crash', 'crashes', 'broke', 'broken', 'stuck', 'abort', 'hang', 'hangs', 'rejected', 'timeout', 'timed'];

export const REQUEST_TYPE_CUES: Readonly<Partial<Record<RequestType, RequestTypeCueSet>>> = {
  feature_request: {
    phrases: [
      ['feature request', 5], ['enhancement request', 5], ['product gap', 3.5], ['missing feature', 3],
      ['would be great if', 3], ['would be great', 2.5], ['would be nice', 2.5], ['would be helpful if', 2.5],
      ['would love a way', 3.5], ['would love to see', 3.5], ["we'd love to see", 3.5], ['love to have', 3], ['would love', 2],
      ['can you add', 3], ['could you add', 3], ['please add', 2.5], ['add support for', 3], ['support for', 0.5],
      ['would it be possible to add', 3.5], ['any chance you could add', 3.5], ['it would help if', 2.5],
      ['is there any plan to', 4], ['are there any plans to', 4], ['any plans to', 3], ['is there a plan to', 3.5],
      ['on the roadmap', 3.5], ['on your roadmap', 3.5], ['in the roadmap', 3.5], ['planned for a future release', 3.5],
      ['we need the ability to', 3], ['the ability to', 1.5], ['feature idea', 3.5], ['not supported yet', 2],
      ['does not support', 1.5], ["doesn't support", 1.5], ['wish there was', 3], ['upvote', 2],
      // Complaints and suggestions are requests too.
      ["why can't i", 3], ["why can't we", 3], ['why is there no', 3], ["why isn't there", 3], ['table stakes', 3.5],
      ['pass this to product', 4.5], ['pass this on to product', 4.5], ['pass this along', 3], ['product team', 2], ['product management', 2.5],
      ['propose a new', 4], ['new functionality', 3], ['we propose', 3], ['would like to propose', 4], ['would like to request', 3.5],
      ['in a future version', 4], ['in a future release', 4], ['future version', 3], ['future release', 3], ['in a future', 2],
      ['would love it if', 3.5], ['would really like', 2], ['consider adding', 4], ['please consider', 2.5], ['could consider', 2.5],
      ['something you could consider', 3.5], ['should be possible to', 2.5], ['it should be possible', 2.5], ['nice to have', 3],
      ['forward this to', 2.5], ['pass the feedback', 3.5], ['product feedback', 4], ['feature parity', 3.5], ['every competitor', 3],
      ['other tools have', 2.5], ['other tools can', 2.5], ['should really be', 1.5], ['built in', 1],
      // Offers and asks to build something: "could you offer", "we'd even pay for it".
      ['could you offer', 3], ['could you ship', 3], ['please publish', 3], ['parity with', 3], ['bring', 0.5], ['would it be possible to have', 3.5], ['possible to have', 2], ['please add support', 3.5], ['pay for it', 3],
      ['get prioritised', 2], ['get prioritized', 2], ['plugin mechanism', 2],
    ],
    words: [
      ['competitor', 1.5], ['competitors', 1.5], ['roadmap', 2.5], ['enhancement', 2.5], ['feature', 1.5], ['suggestion', 2.5], ['proposal', 2.5], ['wishlist', 2.5], ['request', 0.5],
      ['improvement', 1.5], ['idea', 1.5], ['bounty', 3], ['parity', 2],
    ],
  },

  licensing: {
    phrases: [
      ['license key', 4.5], ['licence key', 4.5], ['license expired', 4.5], ['license expires', 4], ['license renewal', 4.5],
      ['renew our license', 4.5], ['license file', 3.5], ['invalid license', 4.5], ['license error', 4], ['license limit', 4],
      ['exceeds license', 4.5], ['exceeds the license', 4.5], ['exceeds our license', 4.5], ['user count exceeds', 3.5],
      ['seat count', 4], ['more seats', 4.5], ['additional seats', 4.5], ['extra seats', 4.5], ['seat license', 4],
      ['true-up', 4.5], ['true up', 4], ['quote for', 3], ['price quote', 4], ['purchase more', 3.5], ['licensed users', 3.5],
      ['extend the key', 4], ['extend our trial', 4], ['extend the trial', 4], ['trial extension', 4], ['trial expires', 3.5],
      ['contract renewal', 4], ['upgrade our plan', 3.5], ['upgrade our subscription', 4], ['enterprise plan', 1.5],
    ],
    words: [
      ['license', 3], ['licence', 3], ['licensing', 3.5], ['licenses', 3], ['seats', 2.5], ['seat', 2], ['renewal', 2.5], ['renew', 2],
      ['subscription', 2], ['expire', 1.5], ['expires', 1.5], ['expiry', 1.5], ['expiration', 1.5], ['pricing', 2.5], ['price', 1.5],
    ],
  },

  security_question: {
    phrases: [
      ['security questionnaire', 5.5], ['vendor assessment', 4.5], ['vendor risk', 4], ['vendor review', 3.5], ['security review', 3.5],
      ['security assessment', 3.5], ['sig lite', 4.5], ['sig questionnaire', 5], ['soc 2', 4.5], ['soc2', 4.5], ['iso 27001', 4.5], ['encryption at rest', 4.5],
      ['pen test report', 4.5], ['pentest report', 4.5], ['penetration test report', 5], ['penetration test', 3], ['pen test', 3],
      ['are you affected', 5], ['need a statement', 3], ['needs a statement', 3], ['official statement', 3], ['are we affected', 4.5], ['is the product affected', 5], ['we are affected', 3.5],
      ['affected by', 2.5], ['impacted by', 2], ['do you use', 2], ['do you ship', 2.5], ['data processing agreement', 4.5],
      ['compliance report', 4.5], ['security whitepaper', 4.5], ['security documentation', 3.5],
      ['do you encrypt', 3.5], ['data retention', 3.5], ['sub-processors', 3.5], ['subprocessors', 3.5], ['security office', 2.5],
      ['security team asks', 3], ['our security team', 1.5], ['infosec team', 2],
      // Compliance topics: where data lives, who keeps it, how it is protected.
      ['data residency', 4.5], ['zero retention', 4.5], ['zero data retention', 5], ['data handling', 3.5], ['data is stored', 2.5],
      ['data stored', 2.5], ['where is our data', 3.5], ['where is the data', 3.5], ['processed only in', 3], ['llm providers', 2],
      ['third-party llm', 3], ['third party llm', 3], ['data processing', 3], ['customer data', 2],
      ['stored outside', 3.5], ['outside the eu', 3.5], ['outside the us', 3.5], ['which region', 2.5], ['data location', 3.5], ['model providers', 2], ['train on our', 3.5], ['used for training', 3.5],
      ['encrypted at rest', 4.5], ['at rest', 2.5], ['in transit', 2], ['fips 140', 4.5], ['business associate agreement', 4.5],
      ['iso 27001 certificate', 5], ['iso certification', 4], ['legal team', 2], ['data protection', 3], ['privacy policy', 3],
      // Exposure questions about a published CVE: the customer asks, nobody reports a finding.
      ['confirm whether', 3], ['a statement', 2.5], ['vendor inventory', 3.5], ['our assessment', 2.5], ['take a position', 3], ['patch planned', 2],
    ],
    words: [
      ['questionnaire', 3.5], ['compliance', 3], ['compliant', 3], ['comply', 3], ['dpa', 3], ['gdpr', 4], ['hipaa', 4], ['fedramp', 3.5],
      ['fips', 4], ['baa', 3], ['residency', 3], ['caiq', 4.5], ['hecvat', 4.5], ['certifications', 2.5], ['certification', 2.5],
      ['audit', 1], ['ciso', 2], ['encryption', 1.5], ['sovereignty', 3.5],
    ],
    sequences: [
      // "is your image affected", "whether version 2.32 is impacted", "are we exposed".
      { first: ['is', 'are', 'whether', 'if'], atStart: ['is', 'are'], then: ['affected', 'impacted', 'exposed'], within: 8, weight: 4 },
      // "does your server ship a log4j version that …": what is inside the product.
      { first: ['does', 'do'], then: ['ship', 'ships', 'bundle', 'bundles', 'include', 'includes', 'contain', 'contains'], within: 5, weight: 2.5 },
    ],
  },

  security_report: {
    phrases: [
      ['responsible disclosure', 5.5], ['found a vulnerability', 5], ['security vulnerability', 4.5], ['reporting a vulnerability', 5],
      ['proof of concept', 3.5], ['stored xss', 5], ['reflected xss', 5], ['sql injection', 5], ['remote code execution', 5],
      ['privilege escalation', 4.5], ['i found', 2], ['we found', 2], ['i discovered', 2.5], ['we discovered', 2.5], ['authentication bypass', 4.5], ['auth bypass', 4.5], ['exposed secret', 4.5], ['secret exposed', 4],
      ['leaked credentials', 4.5], ['leaked token', 4.5], ['security hole', 4.5], ['security bug', 4], ['security issue', 2.5],
      ['critical cve', 3.5], ['image scan', 2.5], ['security scan', 2.5], ['container scan', 2.5], ['scanner flagged', 3.5],
      ['flagged by', 1.5], ['ships with', 1.5],
      // Secrets where they should not be.
      ['in clear text', 4], ['in plain text', 4], ['clear text', 3], ['plain text', 2.5], ['credential leak', 5], ['credentials leak', 5],
      ['data exposure', 4.5], ['data leak', 4.5], ['security problem', 3.5], ['security concern', 3.5], ['security risk', 3.5],
      ['can read it', 1.5], ['anyone can read', 3], ['can be read by', 2.5], ['logs are shipped', 1.5], ['logs go to', 1.5],
      // Access control that leaks: people see what they should not.
      ['users without access', 4.5], ['without access to', 3.5], ['should not have access', 4], ["shouldn't have access", 4],
      ['should not be able to see', 4], ["shouldn't be able to see", 4], ['should not see', 3.5], ["shouldn't see", 3.5],
      ['do not have access', 2], ["don't have access", 2], ['no access to', 2], ['treat this as sensitive', 4.5], ['treat as sensitive', 4.5],
      ['treat it as sensitive', 4.5], ['permission bypass', 4.5], ['access control', 2], ['can see private', 3.5], ['are visible to', 2],
      ['visible to users', 2.5], ['visible to everyone', 3], ['visible to', 1.5], ['is confidential', 3], ['are confidential', 3],
      ['not members of', 2.5], ['not a member of', 2.5],
      ['even though permissions', 3], ['despite permissions', 3], ['should not be possible', 1.5], ['security matter', 3.5], ['data exposure for us', 4.5],
    ],
    sequences: [
      // "password … in plain text", "token written … unmasked".
      { first: ['password', 'passwords', 'token', 'tokens', 'secret', 'secrets', 'credential', 'credentials', 'apikey', 'api key'], then: ['plaintext', 'cleartext', 'unmasked', 'unredacted', 'leak', 'leaked', 'exposed', 'visible'], within: 8, weight: 4 },
      // "the log prints the SMTP password", "logs contain credentials".
      { first: ['log', 'logs', 'logged', 'logging', 'stdout'], then: ['password', 'passwords', 'secret', 'secrets', 'credential', 'credentials'], within: 6, weight: 2.5 },
    ],
    words: [
      ['plaintext', 3], ['cleartext', 3], ['unmasked', 2.5], ['unredacted', 2.5], ['confidential', 2], ['sensitive', 1],
      ['vulnerability', 3], ['vulnerabilities', 3], ['vulnerable', 2], ['exploit', 2.5], ['exploitable', 3.5], ['xss', 3], ['csrf', 3],
      ['ssrf', 3.5], ['rce', 2.5], ['cve', 1.5], ['disclosure', 2.5], ['poc', 2], ['trivy', 2.5], ['grype', 2.5], ['snyk', 2], ['backdoor', 1.5],
    ],
  },

  deployment_guidance: {
    phrases: [
      ['which deployment method', 5], ['which deployment', 4], ['deployment method', 2.5], ['deployment option', 2.5],
      ['recommended way to deploy', 5], ['best way to deploy', 5], ['planning to deploy', 4], ['plan to deploy', 4],
      ['planning our deployment', 4], ['planning a deployment', 4], ['planning our production', 3], ['before we deploy', 3],
      ['sizing guide', 4], ['how many nodes', 3.5], ['how much cpu', 3.5], ['how much memory', 3], ['how much disk', 3],
      ['resource requirements', 3.5], ['hardware requirements', 3.5], ['high availability', 3], ['highly available', 3],
      ['reference architecture', 4.5], ['helm or docker compose', 4.5], ['helm or compose', 4.5], ['kubernetes or docker compose', 4.5],
      ['compose or kubernetes', 4.5], ['compose or helm', 4.5], ['should we go with', 3], ['should we use', 2.5], ['do you recommend', 3.5],
      ['would you recommend', 3.5], ['what do you recommend', 3.5], ['recommended upgrade', 4], ['upgrade path', 4.5], ['jump directly', 4],
      ['skip versions', 3.5], ['skip a version', 3.5], ['multi-version upgrade', 2], ['is that supported', 3], ['is this supported', 3],
      ['is it supported', 3], ['a supported setup', 3.5], ['supported setup', 3], ['officially supported', 3], ['supported platform', 3],
      ['in production', 1], ['can we run', 2.5], ['can we deploy', 3], ['storage class', 3], ['nothing has been attempted', 4],
      ['have not started', 2], ['not attempted yet', 3], ['nothing has been tried', 4],
      ['have not tried anything', 2.5], ["haven't tried anything", 2.5], ['we are planning', 2.5], ['we plan to', 2], ['planning to move', 3],
      ['planning to migrate', 3], ['move the databases', 2], ['external database', 2], ['managed database', 2], ['recommended setup', 3], ['disaster recovery', 3], ['capacity planning', 3.5], ['multi-region', 2.5],
      ['migrate to kubernetes', 3], ['move to kubernetes', 3], ['move from docker compose', 3], ['air-gapped', 2], ['new deployment', 1.5],
      ['recommended approach', 3.5], ['which method', 3.5], ['meant for production', 3.5], ['for production', 1], ['planning our', 2.5],
      ['existing installation', 1.5], ['we want to move', 2], ['planning question', 4], ['without losing data', 2], ['isolated server', 3],
      ['isolated network', 3], ['how big', 2.5], ['before ordering', 2.5], ['specs', 2.5],
      // Platforms the docs do not cover: asking about them is planning, whatever the wording.
      ['without your helm chart', 3], ['without the helm chart', 3], ['without containers', 3], ['instead of containers', 3],
      ['bare vms', 3], ['bare vm', 3], ['cloud foundry', 2.5],
    ],
    words: [['sizing', 3], ['architecture', 2], ['recommendation', 1.5], ['recommend', 1], ['scalability', 1.5]],
    // Schedulers and hosts the docs do not cover: a topic (capped), a question about them is planning.
    context: [['nomad', 2.5], ['openshift', 2], ['systemd', 2.5], ['mesos', 2.5]],
    sequences: [
      // "is running under podman supported?", "are arm64 nodes supported"
      { first: ['is', 'are'], then: ['supported'], within: 8, weight: 3 },
      // "move it to our Kubernetes cluster", "migrating from compose to Helm": a change of method.
      { first: ['move', 'moving', 'migrate', 'migrating'], then: ['kubernetes', 'k8s', 'helm', 'cluster', 'aks', 'eks', 'gke', 'openshift', 'compose'], within: 6, weight: 3 },
      // Sizing: "how much storage", "what server should we buy", "how many nodes".
      { first: ['much', 'big', 'many', 'large', 'what', 'which'], then: ['storage', 'disk', 'ram', 'memory', 'cpu', 'cpus', 'specs', 'hardware', 'server', 'servers', 'nodes', 'capacity', 'space', 'vm'], within: 3, weight: 3 },
      // "is it safe to upgrade", "safe to migrate".
      { first: ['safe'], then: ['upgrade', 'upgrading', 'migrate', 'migrating'], within: 3, weight: 3 },
    ],
  },

  deployment_error: {
    phrases: [
      ['helm upgrade', 2.5], ['helm install', 2.5], ['upgrade failed', 3], ['failed to upgrade', 4], ['failed to install', 4],
      ['installation failed', 3], ['migration failed', 3], ['dirty database', 4.5], ['crash loop', 3.5], ['pods pending', 3.5],
      ['pod pending', 3.5], ['stuck in pending', 3.5], ['pending state', 2.5], ["won't start", 3], ['will not start', 3],
      ["doesn't start", 3], ['does not start', 3], ['fails to start', 3.5], ['failed to start', 3.5], ['not starting', 3],
      ['keeps restarting', 3], ['keep restarting', 3], ['restart loop', 3], ['exec format error', 4.5], ['readiness probe', 2.5], ['liveness probe', 2.5], ['docker compose up', 2.5], ['docker-compose up', 2.5],
      ['docker stack deploy', 2.5], ['deployment failed', 4],  ['during the upgrade', 3],
      ['during upgrade', 3], ['upgrade is stuck', 3.5], ['schema drift', 3.5], ['database migration', 2.5], ['terraform apply', 2],
      ['unbound persistentvolumeclaim', 3.5], ['pull access denied', 3.5], ['manifest unknown', 3],
      // Start-up failures in the customer's words.
      ["doesn't come up", 3.5], ['does not come up', 3.5], ['not come up', 3], ["won't come up", 3.5], ['never came back', 3], ['exits on start', 3.5],
      ['install sh', 3], ['the installer', 1.5], ['installer will not', 3],
      ['on start-up', 1.5], ['on startup', 1.5], ['shortly after start', 3],
    ],
    words: [['crashloopbackoff', 4.5], ['crashloop', 4], ['imagepullbackoff', 4.5], ['errimagepull', 4.5], ['drift', 1]],
    context: [['migrator', 2.5], ['init container', 2], ['admission controller', 2], ['fresh install', 2], ['new install', 1.5]],
    sequences: [
      { first: ['upgrade', 'upgrading', 'install', 'installation', 'installing', 'migration', 'deploy', 'deployment', 'helm'], then: FAILURE_WORDS, within: 4, weight: 3 },
      // "the container terminates shortly after start", "pod exits".
      { first: ['container', 'containers', 'pod', 'pods', 'service', 'server', 'instance', 'process'], then: ['exits', 'exited', 'terminates', 'terminated', 'dies', 'died', 'crashes', 'crashed', 'restarts'], within: 6, weight: 3 },
    ],
  },

  adoption: {
    phrases: [
      ['drive adoption', 5], ['driving adoption', 5], ['increase adoption', 5], ['improve adoption', 5], ['measure adoption', 4.5],
      ['rollout plan', 4.5], ['plan the rollout', 4.5], ['change management', 4.5], ['usage is flat', 4.5], ['usage is low', 4],
      ['low usage', 3.5], ['change habits', 3.5], ['training material', 4], ['training session', 4], ['training plan', 4],
      ['onboard more users', 4], ['onboarding more', 3], ['more teams', 2], ['get more developers', 3.5], ['champions program', 4.5],
      ['internal champions', 4.5], ['lunch and learn', 4.5], ['success plan', 3.5], ['pilot teams', 3], ['business units', 1.5],
      ['other customers done', 3], ['best practices for rolling out', 4.5], ['roll out', 1.5], ['rolled out', 1.5],
      // Onboarding and launch work: bootcamps, workshops, internal announcements, champions.
      ['new hires', 3], ['new hire', 3], ['new joiners', 3], ['hands-on', 2], ['hands-on module', 4], ['hands-on session', 4],
      ['internal launch', 4.5], ['launch email', 4.5], ['announcement email', 4.5], ['internal announcement', 4.5], ['launch plan', 4],
      ['company-wide', 2.5], ['companywide', 2.5], ['across the company', 2], ['champions', 3.5], ['enablement plan', 4.5],
      ['enablement program', 4.5], ['enablement session', 4.5], ['enablement material', 4.5], ['developer enablement', 4.5],
      ['rolling out', 3], ['the rollout', 2.5], ['phased the rollout', 4], ['other customers', 2], ['reference customer', 3], ['playbook', 3],
      ['more teams using', 4], ['get people to use', 4], ['getting more people', 3.5], ['workshop material', 4.5],
    ],
    // "enablement" shares its stem with "enabling": only its phrases above count.
    words: [['adoption', 4], ['training', 2.5], ['onboarding', 2.5], ['onboard', 2], ['rollout', 1.5], ['pilot', 1.5], ['engagement', 1.5],
      ['bootcamp', 4], ['workshop', 3], ['workshops', 3], ['curriculum', 3], ['announcement', 2], ['launch', 1]],
  },

  how_to: {
    phrases: [
      ['how do i', 3], ['how do we', 2], ['how i can', 3], ['how we can', 2.5], ['just a question', 3], ['want to know how', 3],
      ['not find in docs', 3], ['not find in the docs', 3], ['how can i', 3], ['how can we', 2], ['how to', 2.5], ['how does', 2], ['is there a way', 3],
      ['is it possible to', 2.5], ['is it possible', 2], ['where do i find', 3], ['where can i find', 3], ['where can i', 2],
      ["what's the best way to", 3], ['best way to', 2.5], ['quick question', 0.5], ['question about', 2],
      // Looking for something, or for the right way to write it.
      ["can't find", 2.5], ['cannot find', 2.5], ["can't locate", 3], ['cannot locate', 3], ['unable to find', 2.5], ['where is it now', 3.5],
      ['point me in the right direction', 4], ['point me to', 2.5], ['share an example', 3.5], ['an example of', 2], ['example query', 3],
      ['not sure how to', 3.5], ['not sure how', 2.5], ["what's the syntax", 4], ['what is the syntax', 4], ['correct syntax', 3.5],
      ['syntax for', 3], ['the right syntax', 3.5], ['what is the correct way', 3], ["what's the correct way", 3], ['the proper way', 2.5],
      ['where did', 1.5], ['where to set', 3], ['where to configure', 3], ['where to find', 3], ['where can we', 2], ['could not find it in the docs', 3.5],
      ["couldn't find it in the docs", 3.5], ['in the docs', 1.5], ['in the documentation', 1.5], ['is there documentation', 3],
      ['should i be using', 3], ['should we be using', 3], ['which endpoint', 3], ['which api', 2.5], ['walk me through', 3], ['show me how', 3], ['can you explain', 2.5], ['explain how', 2.5], ['example of', 1.5], ['can i', 1],
    ],
    words: [['howto', 3], ['tutorial', 2], ['syntax', 1.5]],
    sequences: [
      // "where is the code insights page now?": something moved.
      { first: ['where'], then: ['now', 'gone', 'moved'], within: 6, weight: 3 },
    ],
  },

  config_issue: {
    phrases: [
      ['site config', 3.5], ['site configuration', 3.5], ['code host connection', 3], ['code host config', 3], ['auth provider', 3],
      ['authentication provider', 3], ['login not working', 3], ['sign in not working', 3], ['sso not working', 3.5],
      ['redirect uri', 3], ['callback url', 3], ['external url', 2.5], ['signature is invalid', 3], ['invalid signature', 3],
      ['bad credentials', 3], ['token expired', 2], ['permissions sync', 2.5], ['permission syncing', 2.5], ['which settings', 2.5], ['account locked', 2.5], ['http proxy', 2.5],
      ['rate limit', 2], ['identity provider', 2.5], ['configured it', 2], ['is configured', 1.5], ['we configured', 2],
      ['email not sent', 2], ['not receiving emails', 2.5], ['pointed sourcegraph at', 2.5],
      // Which knob: environment variables and settings the customer set.
      ['environment variable', 2], ['environment variables', 2], ['env var', 2], ['env vars', 2], ['the right variables', 3], ['right variable', 3],
      ['the right setting', 3], ['correct setting', 3], ['which variable', 3], ['smtp config', 3], ['mail settings', 2.5], ['email settings', 2.5],
      ['never sends email', 3], ['no emails sent', 3], ['not sending email', 3], ['base url', 2],
    ],
    words: [['externalurl', 3], ['misconfigured', 3], ['configuration', 1.5], ['config', 1.5], ['configured', 1.5], ['settings', 1]],
    // What is configured, not what is wrong with it: a password in a log is not a config issue.
    context: [
      ['saml', 2.5], ['sso', 2.5], ['oidc', 2.5], ['openid', 2.5], ['oauth', 2], ['okta', 2], ['ldap', 2], ['scim', 2], ['idp', 2.5],
      ['certificate', 1.5], ['tls certificate', 2], ['self-signed', 2], ['smtp', 2.5], ['proxy', 1.5], ['ssl', 1.5], ['token', 1],
      ['credentials', 1], ['repo permissions', 2], ['webhook', 1.5], ['webhooks', 1.5],
    ],
  },

  troubleshooting: {
    phrases: [
      ['getting an error', 3], ['get an error', 2.5], ['getting errors', 3], ['error message', 2], ['context deadline exceeded', 3],
      ['timed out', 2], ['times out', 2], ['very slow', 3], ['extremely slow', 3], ['slower than usual', 3], ['takes forever', 3],
      ['just spins', 3.5], ['keeps spinning', 3.5], ['high cpu', 3], ['high memory', 3], ['memory leak', 3], ['memory usage', 2.5],
      ['memory grows', 3], ['out of memory', 3], ['disk full', 3], ['disk space', 2.5], ['500 error', 2.5], ['internal server error', 2.5],
      ['bad gateway', 2], ['gateway timeout', 2.5], ['not syncing', 3], ['not updating', 2], ['not cloning', 3], ['stuck in', 2],
      ['never finishes', 3], ['never completes', 3], ['not completed', 2.5], ['still waiting', 1.5], ['in the logs', 2], ['logs show', 2],
      ['sometimes fails', 3], ['returns no results', 3], ['no results', 2.5], ['empty results', 2.5], ['results empty', 2.5],
      ['results are empty', 2.5], ['shows nothing', 2], ['connection refused', 2], ['unable to', 1.5],
      ['keeps crashing', 2.5], ['not working', 1.5], ["doesn't work", 1.5], ['does not work', 1.5], ['help us fix', 2],
      ['how can we debug', 3.5], ['how do we debug', 3.5], ['what can we check', 3], ['what should we check', 3], ['keep getting', 1.5],
      ['is blocking', 1.5], ['please help', 0.5],
      // Resource use with an unknown cause.
      ['cpu load', 3], ['heavily loaded', 3], ['heavy load', 3], ['load spikes', 3], ['high load', 3], ['system load', 3], ['cpu usage', 3], ['100 cpu', 3], ['any idea', 1.5],
    ],
    words: [
      ['error', 1.5], ['errors', 1.5], ['fail', 1], ['fails', 1], ['failure', 1], ['timeout', 2], ['slow', 2], ['slower', 2], ['hangs', 2],
      ['spinning', 2], ['oomkilled', 3.5], ['oom', 2.5], ['stuck', 2], ['debug', 1.5], ['troubleshoot', 3], ['investigate', 2],
      ['intermittent', 2.5], ['intermittently', 2.5], ['crash', 1.5], ['crashes', 1.5], ['broken', 1.5], ['broke', 1.5], ['dropped', 1],
      ['degraded', 2], ['latency', 2], ['performance', 1.5], ['500', 1], ['502', 1.5], ['503', 1.5], ['504', 1.5], ['401', 1], ['403', 1],
      ['exception', 1.5], ['blocking', 1], ['issue', 0.5], ['problem', 0.5], ['cpu', 1.5], ['crawl', 2], ['sluggish', 2.5], ['spikes', 1.5],
    ],
  },

  bug_report: {
    phrases: [
      ['steps to reproduce', 4.5], ['repro steps', 4.5], ['to reproduce', 2.5], ['expected behavior', 3.5], ['expected behaviour', 3.5],
      ['actual behavior', 3.5], ['actual behaviour', 3.5], ['unexpected behavior', 3.5], ['used to work', 4], ['stopped working', 3],
      // A regression: it worked in an earlier version.
      ['it worked', 3], ['worked fine', 3], ['worked before', 3.5], ['worked in', 3], ['this worked', 3], ['was working', 2.5],
      ['no longer works', 3.5], ['no longer working', 3.5], ['not anymore', 2], ['not working anymore', 3], ["doesn't work anymore", 3],
      ['does not work anymore', 3], ['worked with', 2], ['since upgrading', 1.5], ['since the upgrade', 1],
      ['since the last update', 1.5], ['after upgrading', 1.5], ['in the previous version', 3], ['previous release', 2.5],
      ['wrong results', 3], ['incorrect results', 3], ['shows the wrong', 3], ['displays incorrectly', 3], ['rendered incorrectly', 3],
      ['blank screen', 3], ['blank page', 3], ['white screen', 3], ['broken link', 3], ['consistently reproducible', 4],
      ['i can reproduce', 3], ['we can reproduce', 3], ['seems like a bug', 4.5], ['looks like a bug', 4.5], ['is this a bug', 4],
      ["doesn't respect", 3], ['does not respect', 3], ['still include', 2], ['still shows', 2], ['javascript error', 2.5],
      ['console error', 2.5], ['results from excluded', 3], ['off by one', 3],
      // It was fine before, it does nothing now, will there be a fix.
      ['was fine', 2.5], ['fine on the previous', 3.5], ['previous build', 2.5], ['previous version', 2.5], ['will there be a fix', 3.5], ['is this known', 3],
      ['known issue', 3], ['does nothing', 2.5], ["don't do anything", 3], ["doesn't do anything", 3], ['nothing happens', 3], ["don't show up", 2.5],
      // Input the product mishandles: a defect, whatever error it shows.
      ['special characters', 3], ['unusual characters', 3], ['non-ascii', 3], ['non ascii', 3], ['unicode', 2],
      ['could you fix', 3.5], ['please fix', 3.5], ["aren't handled", 2.5], ['not handled', 2.5], ['known problem', 3], ['can no longer', 2],
      ["doesn't show up", 2.5], ["don't appear", 2.5], ["doesn't appear", 2.5], ['renders broken', 3], ['visibly broken', 3],
    ],
    words: [
      ['bug', 4], ['bugs', 4], ['regression', 4], ['defect', 4], ['reproducible', 3], ['glitch', 2.5], ['typeerror', 3], ['uncaught', 2.5],
      ['ignores', 2], ['actual', 1.5], ['expected', 1.5], ['steps', 1],
    ],
    sequences: [
      // "stopped working after we upgraded": a regression.
      { first: ['stopped', 'broke', 'broken', 'regressed'], then: ['upgrade', 'upgraded', 'update', 'updated', 'release'], within: 8, weight: 3 },
    ],
  },

  incident: {
    phrases: [
      ['down for everyone', 5.5], ['down for all', 5.5], ['instance is down', 5.5], ['sourcegraph is down', 5.5], ['site is down', 5],
      ['completely down', 5], ['totally down', 5], ['production down', 5], ['prod is down', 5], ['production is down', 5],
      ['service down', 4], ['is down', 3], ['down since', 4], ['total outage', 5.5], ['site unreachable', 5.5], ['nobody can', 4],
      ['no one can', 4], ['500 on every page', 5.5], ['status page', 3], ['all users affected', 4], ['root cause analysis', 3],
      ['incident report', 3.5], ['complete outage', 5.5], ['nothing loads', 3], ['for anyone', 2.5],
      ['is there an outage', 5], ['is something down', 5], ['service is down', 4.5], ['post updates', 3], ['is unavailable', 3],
      ['report the same', 2.5], ['see the same', 2], ['other teams', 1.5], ['other offices', 2.5], ['completely blocked', 3],
      ['nothing responds', 3], ['on your side', 2.5], ['an eta', 2], ['not just me', 3], ['not only me', 3], ['whole site', 3], ['entire site', 3],
    ],
    scope: [
      ['every page', 3], ['all pages', 3], ['every user', 3], ['all users', 3], ['all of our users', 3], ['all our users', 3],
      ['entire company', 3], ['whole company', 3], ['entire org', 3], ['whole org', 3], ['everyone', 2], ['all developers', 3],
      ['all engineers', 3], ['all of our engineers', 3], ['every request', 2.5], ['even the login page', 4], ['even the sign-in page', 4],
      ['even the sign in page', 4], ['even the home page', 3.5], ['company-wide', 2.5],
      ['for everything', 2.5], ['every one of', 2], ['whole team', 3], ['entire team', 3], ['half of', 2], ['any workspace', 2.5], ['every workspace', 3], ['every project', 2.5], ['every repository', 2.5], ['all repositories', 2.5],
    ],
    words: [['outage', 4.5], ['incident', 3], ['unreachable', 3], ['unresponsive', 2.5], ['nobody', 2], ['postmortem', 3.5], ['rca', 3], ['down', 1.5], ['unavailable', 2]],
  },

  customer_customization: {
    phrases: [
      ['kustomize overlay', 4.5], ['our overlay', 4], ['our own overlay', 5], ['custom overlay', 4.5], ['kustomization yaml', 3.5],
      ['kustomize patch', 4.5], ['forked the helm chart', 5.5], ['forked the chart', 5.5], ['fork of the helm chart', 5.5],
      ['fork of the chart', 5.5], ['forked chart', 5], ['forked helm chart', 5.5], ['our fork', 4], ['our own fork', 5], ['modified templates', 4.5], ['modified the templates', 4.5],
      ['edited the manifests', 4.5], ['our manifests', 3], ['customized manifests', 4.5], ['custom manifests', 4.5],
      ['patched the deployment', 3], ['our own chart', 4.5], ['our helm chart', 3], ['our own helm chart', 4.5], ['our terraform', 3],
      ['terraform module', 3],
      // Ownership: the customer changed the shipped files.
      ['umbrella chart', 4.5], ['our own patches', 5], ['our patches', 4], ['our own overrides', 3.5], ['our overrides', 2.5], ['our copy of', 3.5], ['our copy', 3], ['we modified', 3.5], ['we have modified', 3.5], ['we edited', 3.5],
      ['we changed our', 3.5], ['we customized', 3.5], ['we customised', 3.5], ['our customizations', 3.5], ['our customized', 3.5],
      ['modified compose file', 4.5], ['modified docker-compose', 4.5], ['modified our', 3.5], ['edited our', 3.5], ['changed our', 2.5],
      ['our own changes', 4], ['our changes', 2.5], ['our modifications', 4], ['wrap your chart', 4], ['our own nginx', 2.5],
      // Things the customer built or changed themselves.
      ['adapted it', 3.5], ['we adapted', 3.5], ['by hand', 3], ['custom chart', 4], ['own custom chart', 5], ["i've changed", 2.5], ['changed the stack', 3],
      ['we patch', 3.5], ['we patched', 3.5], ['own config', 2.5], ['own configuration', 2.5], ['own proxy', 2.5], ['own images', 3.5],
      ['custom config', 2.5], ['custom configuration', 2.5], ['custom image', 3], ['custom images', 3], ['custom build', 3],
    ],
    sequences: [
      // "we build the images ourselves".
      { first: ['build', 'building', 'built'], then: ['ourselves'], within: 6, weight: 3.5 },
    ],
    words: [['overlay', 2.5], ['overlays', 2.5], ['kustomize', 2.5], ['rebasing', 2], ['sidecar', 1.5], ['customized', 1.5]],
  },

  custom_script: {
    phrases: [
      ['custom script', 4.5], ['python script', 3], ['bash script', 3], ['shell script', 3], ['powershell script', 3], ['our script', 2.5],
      ['script provided', 3.5], ['script you gave', 4], ['script you sent', 4], ['wrote for us', 3], ['written for us', 3],
      // Someone else's script: a community helper, one "we were given".
      ['community script', 4], ['community scripts', 4], ['helper script', 4], ['helper scripts', 4], ['we were given', 2.5],
    ],
    words: [['script', 1.5], ['scripts', 1.5]],
    sequences: [
      { first: ['script', 'scripts'], then: ['ce', 'engineer', 'ta', 'wrote', 'written', 'gave', 'given', 'provided', 'sent', 'shared'], within: 6, weight: 3 },
      { first: ['ce', 'engineer', 'ta'], then: ['script', 'scripts'], within: 6, weight: 3 },
    ],
  },

  non_support: {
    phrases: [
      ['remove me from', 4.5], ['mailing list', 3], ['employment verification', 6], ['verify employment', 6], ['verify the employment', 6],
      ['background check', 4.5], ['former employee', 3.5], ['job application', 6], ['applying for', 3], ["we're hiring", 4.5],
      ['we are hiring', 4.5], ['cv attached', 4.5], ['my cv', 4.5], ['my resume', 4.5], ['apply for', 2.5], ['years of experience', 2.5], ['years experience', 2.5], ['open position', 3], ['purchase order', 4.5], ['payment reminder', 4.5],
      ['accounts payable', 4.5], ['tax form', 4.5], ['vendor registration', 3.5], ['partner program', 4.5], ['guest post', 6],
      ['google ranking', 6], ['first page', 2], ['free audit', 4.5], ['low price', 3.5], ['dear sir', 3.5], ['lead generation', 6],
      ['limited time offer', 5], ['investment opportunity', 6], ['out of office', 5], ['automatic reply', 5], ['auto-reply', 5],
      ['we offer', 2], ['webinar invitation', 3.5], ['press release', 3.5],
      ['express my interest', 4], ['my interest in', 3], ['positions', 2], ['agency', 2], ['business ideas', 3.5], ['collaboration idea', 3],
      ['business development', 4], ['work together', 2.5], ['offer to cooperate', 4],
    ],
    words: [
      ['unsubscribe', 6], ['invoice', 3], ['invoices', 3], ['remittance', 4.5], ['w9', 4.5], ['partnership', 3.5], ['sponsorship', 4.5],
      ['backlink', 6], ['backlinks', 6], ['seo', 4.5], ['marketing', 2], ['resume', 1.5], ['crypto', 3], ['bitcoin', 3], ['guaranteed', 1.5], ['cooperation', 3.5], ['cooperate', 3.5],
    ],
  },
};
