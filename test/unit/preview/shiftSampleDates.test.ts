import { describe, expect, it } from 'vitest';
import { SAMPLE_CLOCK, shiftSampleDates } from '../../../preview/host/shiftSampleDates';

describe('shiftSampleDates', () => {
  const sample = {
    id: 1,
    created_at: '2026-11-20T09:00:00Z',
    updated_at: '2026-11-24T09:00:00Z',
    subject: '2026-11-20T09:00:00Z stays in text',
    comments: [{ created_at: '2026-11-21T10:30:00Z', body: 'hi' }],
    organization: { organization_fields: { renewal_at: 'soon' } },
  };

  it('moves every *_at instant so that today plays the samples day: ages stay the same', () => {
    const shifted = shiftSampleDates(sample, new Date('2027-03-01T12:00:00Z'));
    expect(shifted.created_at).toBe('2027-02-23T09:00:00Z');
    expect(shifted.updated_at).toBe('2027-02-27T09:00:00Z');
    expect(shifted.comments[0]?.created_at).toBe('2027-02-24T10:30:00Z');
  });

  it('leaves text, non-dates and the input itself alone', () => {
    const shifted = shiftSampleDates(sample, new Date('2027-03-01T12:00:00Z'));
    expect(shifted.subject).toBe(sample.subject);
    expect(shifted.organization.organization_fields.renewal_at).toBe('soon');
    expect(sample.created_at).toBe('2026-11-20T09:00:00Z');
  });

  it('changes nothing on the samples own day', () => {
    expect(shiftSampleDates(sample, new Date(SAMPLE_CLOCK))).toEqual(sample);
  });
});
