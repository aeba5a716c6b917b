// Apply triage (issue 6 part 2): the assessment written onto the ticket as tags, the Request type
// field, the override tags after the triager departs from a suggestion, re-applying without stale
// tags; and the installed requirement ids used for Insert, falling back to titles.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { macroPages, type FakeZendeskClient } from '../fakes/FakeZendeskClient';
import { renderApp, findAssessment } from './support/renderApp';
import { FEATURE_REQUEST, howTo, OUTAGE } from './support/sidebarTickets';

const REQUIREMENTS = '/api/v2/apps/installations/1/requirements';
const MACROS = '/api/v2/macros';

const installed = (...requirements: [identifier: string, id: number, type: string][]) => ({
  status: 200,
  body: {
    requirements: requirements.map(([identifier, requirement_id, requirement_type]) => ({
      account_id: 2,
      identifier,
      requirement_id,
      requirement_type,
      created_at: '2026-11-01T10:00:00Z',
      updated_at: '2026-11-01T10:00:00Z',
    })),
  },
});

const tagsOf = (fake: FakeZendeskClient) => fake.state['ticket.tags'] as string[];
const requestsTo = (fake: FakeZendeskClient, prefix: string) =>
  fake.calls.request.filter((call) => call.url.startsWith(prefix));

async function applyTriage() {
  await findAssessment();
  await userEvent.click(screen.getByRole('button', { name: 'Apply triage' }));
  return screen.findByTestId('triage-applied');
}

/** The agent sets the priority in Zendesk: the state changes, the change event fires, the panel re-reads. */
async function agentSetsPriority(fake: FakeZendeskClient, priority: string, label: string) {
  fake.setTicket({ 'ticket.priority': priority });
  fake.emit('ticket.priority.changed', priority);
  await waitFor(() => expect(screen.getByTestId('ticket-priority')).toHaveTextContent(label));
}

describe('installed requirement ids', () => {
  it('inserts the installed macro by its requirement id, without listing the macros', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(
      REQUIREMENTS,
      installed(
        ['ce_feature_request', 9_001, 'macros'],
        ['triage_request_type', 77_001, 'ticket_fields'],
      ),
    );
    await findAssessment();
    await userEvent.click(screen.getByRole('button', { name: 'Insert Feature request' }));
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
    expect(fake.calls.invoke).toContainEqual({ name: 'macro', args: [9_001] });
    expect(requestsTo(fake, MACROS)).toHaveLength(0);
    expect(requestsTo(fake, REQUIREMENTS)).toHaveLength(1);
  });

  it('falls back to the macro titles when the requirements list answers 404 (local zcli)', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(REQUIREMENTS, { status: 404, body: { error: 'InvalidEndpoint' } });
    fake.respond(MACROS, ...macroPages([[{ id: 42, title: 'Triage::Feature request' }]]));
    await findAssessment();
    await userEvent.click(screen.getByRole('button', { name: 'Insert Feature request' }));
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
    expect(fake.calls.invoke).toContainEqual({ name: 'macro', args: [42] });
    expect(requestsTo(fake, REQUIREMENTS)).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for no requirements when Zendesk gives no installation id', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST, metadata: { appId: 0, settings: {} } });
    fake.respond(MACROS, ...macroPages([[{ id: 42, title: 'Triage::Feature request' }]]));
    await findAssessment();
    await userEvent.click(screen.getByRole('button', { name: 'Insert Feature request' }));
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
    expect(
      fake.calls.request.map((call) => call.url).filter((url) => url.includes('/apps/')),
    ).toEqual([]);
  });
});

describe('Apply triage', () => {
  it('writes owner, severity and request type tags, and the installed Request type field', async () => {
    const { fake } = renderApp({ state: { ...FEATURE_REQUEST, 'ticket.tags': ['vip'] } });
    fake.respond(REQUIREMENTS, installed(['triage_request_type', 77_001, 'ticket_fields']));
    const shown = await findAssessment();
    const severity = shown.getAttribute('data-severity');

    const applied = await applyTriage();
    const expected = ['triage_owner_ce', `triage_sev_${severity}`, 'triage_type_feature_request'];
    expect(applied).toHaveTextContent(`Triage tags applied: ${expected.join(', ')}`);
    expect(tagsOf(fake)).toEqual(['vip', ...expected]);
    expect(fake.calls.set).toContainEqual({
      'ticket.customField:custom_field_77001': 'triage_type_feature_request',
    });
    expect(screen.getByText('Request type field set to Feature request.')).toBeInTheDocument();
    expect(screen.getByText('Not saved yet: submit the ticket as usual.')).toBeInTheDocument();
  });

  it("keeps the agent's own choice in the installed field and records a type override", async () => {
    const FIELD = 'ticket.customField:custom_field_77001';
    const { fake } = renderApp({
      state: {
        ...FEATURE_REQUEST,
        'ticket.tags': ['triage_type_bug_report'],
        [FIELD]: 'triage_type_bug_report',
      },
    });
    fake.respond(REQUIREMENTS, installed(['triage_request_type', 77_001, 'ticket_fields']));
    const applied = await applyTriage();
    expect(applied).toHaveTextContent(
      'triage_type_bug_report, triage_override, triage_override_type',
    );
    expect(tagsOf(fake)).not.toContain('triage_type_feature_request');
    expect(fake.calls.set.some((values) => FIELD in values)).toBe(false);
    expect(fake.state[FIELD]).toBe('triage_type_bug_report');
    expect(
      screen.getByText(
        'The Request type field already says Bug report: kept, and recorded as an override of the suggestion.',
      ),
    ).toBeInTheDocument();
  });

  it('says the applied tags are out of date once a re-assessment calls for other tags', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    expect(await applyTriage()).toHaveTextContent('triage_type_feature_request');
    // The ticket is rewritten into an outage: the assessment, and so its tags, change.
    fake.setTicket({
      'ticket.subject': OUTAGE['ticket.subject'],
      'ticket.description': OUTAGE['ticket.description'],
    });
    fake.emit('ticket.subject.changed', OUTAGE['ticket.subject']);
    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute('data-request-type', 'incident'),
    );
    expect(screen.getByTestId('triage-stale')).toHaveTextContent(
      'the tags applied are out of date',
    );
    expect(screen.queryByTestId('triage-applied')).toBeNull();
    // Applying again brings them up to date.
    await userEvent.click(screen.getByRole('button', { name: 'Apply triage' }));
    expect(await screen.findByTestId('triage-applied')).toHaveTextContent('triage_type_incident');
    expect(screen.queryByTestId('triage-stale')).toBeNull();
  });

  it("never writes a triage_type_* value into the admin's own requestTypeFieldId drop-down", async () => {
    const { fake } = renderApp({
      state: FEATURE_REQUEST,
      settings: { requestTypeFieldId: '360001' },
    });
    fake.respond(REQUIREMENTS, installed(['triage_request_type', 77_001, 'ticket_fields']));
    await applyTriage();
    expect(fake.calls.set).toContainEqual({
      'ticket.customField:custom_field_77001': 'triage_type_feature_request',
    });
    expect(
      fake.calls.set.some((values) => 'ticket.customField:custom_field_360001' in values),
    ).toBe(false);
  });

  it('with only the setting and no installed field, writes tags only', async () => {
    const { fake } = renderApp({
      state: FEATURE_REQUEST,
      settings: { requestTypeFieldId: '360001' },
    });
    await applyTriage();
    expect(
      fake.calls.set.filter((values) =>
        Object.keys(values).some((key) => key.includes('customField')),
      ),
    ).toEqual([]);
    expect(tagsOf(fake)).toContain('triage_type_feature_request');
    expect(screen.queryByText(/Request type field set/)).toBeNull();
  });

  it('writes the installed field when the setting names that same field, and the why says the field set it', async () => {
    const { fake } = renderApp({
      state: FEATURE_REQUEST,
      settings: { requestTypeFieldId: '77001' },
    });
    fake.respond(REQUIREMENTS, installed(['triage_request_type', 77_001, 'ticket_fields']));
    await applyTriage();
    expect(fake.calls.set).toContainEqual({
      'ticket.customField:custom_field_77001': 'triage_type_feature_request',
    });
    // Read back, the triager's confirmed choice is explicit; the why says where it came from.
    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute(
        'data-request-type',
        'feature_request',
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Why this request type?' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Why this request type?' })).toHaveTextContent(
        'The Request type field on the ticket says it is',
      ),
    );
  });

  it('writes tags only when there is no Request type field', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    await applyTriage();
    expect(
      fake.calls.set.filter((values) =>
        Object.keys(values).some((key) => key.includes('customField')),
      ),
    ).toEqual([]);
    expect(tagsOf(fake)).toContain('triage_type_feature_request');
  });

  it('re-applying removes stale triage tags, keeps other tags, and a second press changes nothing', async () => {
    const stale = [
      'triage_owner_cs',
      'triage_sev_0',
      'triage_type_incident',
      'triage_best_effort',
      'triage_vip_custom',
      'vip',
    ];
    const { fake } = renderApp({ state: { ...FEATURE_REQUEST, 'ticket.tags': stale } });
    await applyTriage();
    const remove = fake.calls.invoke.find((call) => call.name === 'ticket.tags.remove');
    expect(remove?.args[0]).toEqual([
      'triage_owner_cs',
      'triage_sev_0',
      'triage_type_incident',
      'triage_best_effort',
    ]);
    expect(tagsOf(fake)).toEqual(
      expect.arrayContaining([
        'triage_vip_custom',
        'vip',
        'triage_owner_ce',
        'triage_type_feature_request',
      ]),
    );
    expect(tagsOf(fake)).not.toContain('triage_owner_cs');
    const after = [...tagsOf(fake)];

    const edits = fake.calls.invoke.filter((call) => call.name.startsWith('ticket.tags.')).length;
    await userEvent.click(screen.getByRole('button', { name: 'Apply triage' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply triage' })).toBeEnabled());
    expect(fake.calls.invoke.filter((call) => call.name.startsWith('ticket.tags.'))).toHaveLength(
      edits,
    );
    expect(tagsOf(fake)).toEqual(after);
  });

  it('records a priority override after the agent sets a priority other than the guidance', async () => {
    const { fake } = renderApp({ state: howTo('low') });
    const shown = await findAssessment();
    const suggested = shown.getAttribute('data-priority');
    const [other, label] = suggested === 'urgent' ? ['low', 'Low'] : ['urgent', 'Urgent'];

    await agentSetsPriority(fake, other, label);
    const applied = await applyTriage();
    expect(applied).toHaveTextContent('triage_override, triage_override_priority');
    expect(tagsOf(fake)).toEqual(
      expect.arrayContaining(['triage_override', 'triage_override_priority']),
    );
    expect(tagsOf(fake)).not.toContain('triage_override_owner');
  });

  it("does not count a priority set by a macro the sidebar inserted, but does count Zendesk's own macro menu", async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(REQUIREMENTS, installed(['ce_feature_request', 9_001, 'macros']));
    const shown = await findAssessment();
    const suggested = shown.getAttribute('data-priority');
    const [other, label] = suggested === 'urgent' ? ['low', 'Low'] : ['urgent', 'Urgent'];
    // The account's macro sets the priority as it applies, the way Zendesk announces it.
    const invoke = fake.invoke.bind(fake);
    fake.invoke = (name: string, ...args: unknown[]) => {
      if (name === 'macro') {
        fake.setTicket({ 'ticket.priority': other });
        fake.emit('ticket.priority.changed', other);
      }
      return invoke(name, ...args);
    };
    await userEvent.click(screen.getByRole('button', { name: 'Insert Feature request' }));
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('ticket-priority')).toHaveTextContent(label));
    expect(await applyTriage()).not.toHaveTextContent('triage_override_priority');

    // The same change from outside the sidebar (Zendesk's macro menu, a trigger) is the agent's.
    const [again, againLabel] = (
      [
        ['normal', 'Normal'],
        ['high', 'High'],
      ] as const
    ).find(([value]) => value !== suggested) ?? ['high', 'High'];
    await agentSetsPriority(fake, again, againLabel);
    await userEvent.click(screen.getByRole('button', { name: 'Apply triage' }));
    await waitFor(() =>
      expect(screen.getByTestId('triage-applied')).toHaveTextContent('triage_override_priority'),
    );
  });

  it('does not count the priority a ticket arrived with, nor the Set-priority button, as an override', async () => {
    const { fake } = renderApp({ state: howTo('urgent') });
    const shown = await findAssessment();
    expect(shown.getAttribute('data-priority')).not.toBe('urgent');
    const suggested = screen.getByTestId('guidance-priority').textContent!;

    await userEvent.click(screen.getByRole('button', { name: `Set priority to ${suggested}` }));
    expect(await screen.findByText(`Priority set to ${suggested}.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('ticket-priority')).toHaveTextContent(suggested));

    // The guidance then moves (the subject now reports an outage): the priority the sidebar set
    // differs from it, but the triager never chose a priority by hand.
    fake.setTicket({ 'ticket.subject': 'Sourcegraph is down for all users, nobody can log in' });
    fake.emit('ticket.subject.changed');
    await waitFor(() =>
      expect(screen.getByTestId('assessment').getAttribute('data-priority')).not.toBe(
        suggested.toLowerCase(),
      ),
    );

    await applyTriage();
    expect(tagsOf(fake).filter((tag) => tag.startsWith('triage_override'))).toEqual([]);
  });

  it('counts a priority the agent sets by hand after the Set-priority button failed to set it', async () => {
    const { fake } = renderApp({ state: howTo('urgent') });
    await findAssessment();
    const suggested = screen.getByTestId('guidance-priority').textContent!;

    fake.setFailure = new Error('Ticket is read-only');
    await userEvent.click(screen.getByRole('button', { name: `Set priority to ${suggested}` }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not set the priority');
    fake.setFailure = null;

    // The agent then picks that priority in Zendesk themselves, and the guidance later moves:
    // the priority is the agent's choice, so it is an override.
    await agentSetsPriority(fake, suggested.toLowerCase(), suggested);
    fake.setTicket({ 'ticket.subject': 'Sourcegraph is down for all users, nobody can log in' });
    fake.emit('ticket.subject.changed');
    await waitFor(() =>
      expect(screen.getByTestId('assessment').getAttribute('data-priority')).not.toBe(
        suggested.toLowerCase(),
      ),
    );

    await applyTriage();
    expect(tagsOf(fake)).toEqual(
      expect.arrayContaining(['triage_override', 'triage_override_priority']),
    );
  });

  it('records the owner the triager picked instead of the suggested one', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    await findAssessment();
    const select = screen.getByRole('combobox', { name: 'Owner:' });
    expect(select).toHaveValue('ce');
    expect(within(select).getByRole('option', { name: 'CE (suggested)' })).toBeInTheDocument();

    await userEvent.selectOptions(select, 'cs');
    expect(screen.getByText(/Apply triage records CS as the owner/)).toBeInTheDocument();
    await applyTriage();
    expect(tagsOf(fake)).toEqual(
      expect.arrayContaining(['triage_owner_cs', 'triage_override', 'triage_override_owner']),
    );
    expect(tagsOf(fake)).not.toContain('triage_owner_ce');

    // Back to the suggestion: the owner override goes away on the next apply.
    await userEvent.selectOptions(select, 'ce');
    await userEvent.click(screen.getByRole('button', { name: 'Apply triage' }));
    await waitFor(() => expect(tagsOf(fake)).toContain('triage_owner_ce'));
    expect(tagsOf(fake)).not.toContain('triage_override_owner');
    expect(tagsOf(fake)).not.toContain('triage_owner_cs');
  });

  it('records a macro override after inserting a macro that was not suggested', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(MACROS, ...macroPages([[]])); // no account macros: Insert writes into the composer
    const shown = await findAssessment();
    const suggested = shown.getAttribute('data-macros')!.split(' ');

    // A suggested macro is not an override.
    await userEvent.click(screen.getByRole('button', { name: 'Insert Feature request' }));
    await screen.findByText('Text added to the composer as a public reply');
    await applyTriage();
    expect(tagsOf(fake)).not.toContain('triage_override_macro');

    await userEvent.click(screen.getByRole('button', { name: 'Other macros…' }));
    const others = screen.getByTestId('other-macros');
    const items = others.querySelectorAll('li[data-macro]');
    expect(items.length).toBeGreaterThan(0);
    expect([...items].map((item) => item.getAttribute('data-macro'))).not.toEqual(
      expect.arrayContaining(suggested),
    );
    const first = items[0] as HTMLElement;
    await userEvent.click(within(first).getByRole('button', { name: /^Insert / }));
    await within(first).findByRole('status');

    await userEvent.click(screen.getByRole('button', { name: 'Apply triage' }));
    await waitFor(() =>
      expect(tagsOf(fake)).toEqual(
        expect.arrayContaining(['triage_override', 'triage_override_macro']),
      ),
    );
  });

  it('keeps an override recorded on the ticket by an earlier Apply triage', async () => {
    const earlier = [
      'triage_owner_cs',
      'triage_sev_3',
      'triage_type_feature_request',
      'triage_override',
      'triage_override_owner',
      'triage_override_macro',
    ];
    const { fake } = renderApp({ state: { ...FEATURE_REQUEST, 'ticket.tags': earlier } });
    await findAssessment();
    expect(screen.getByRole('combobox', { name: 'Owner:' })).toHaveValue('cs');
    await applyTriage();
    expect(tagsOf(fake)).toEqual(
      expect.arrayContaining([
        'triage_owner_cs',
        'triage_override',
        'triage_override_owner',
        'triage_override_macro',
      ]),
    );
  });

  it('shows a failure and stays usable', async () => {
    const { fake } = renderApp({ state: OUTAGE });
    fake.invokeFailures['ticket.tags.add'] = new Error('Tags are read-only here');
    await findAssessment();
    const button = screen.getByRole('button', { name: 'Apply triage' });
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Could not apply triage: .*Tags are read-only here/,
    );
    expect(button).toBeEnabled();

    delete fake.invokeFailures['ticket.tags.add'];
    await userEvent.click(button);
    expect(await screen.findByTestId('triage-applied')).toHaveTextContent(
      'triage_owner_cs, triage_sev_0',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports a Request type field that could not be set, with the tags applied', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(REQUIREMENTS, installed(['triage_request_type', 77_001, 'ticket_fields']));
    fake.pathErrors['ticket.customField:custom_field_77001'] = 'Field is not on this form';
    await applyTriage();
    expect(
      screen.getByText(/^The Request type field was not set: .*not on this form/),
    ).toBeInTheDocument();
    expect(tagsOf(fake)).toContain('triage_type_feature_request');
  });
});
