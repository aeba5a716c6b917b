import { describe, expect, it } from 'vitest';
import { scoreRequestTypes } from '../../../../src/rules/classify/scoreRequestTypes';
import { analyzeText } from '../../../../src/rules/text';

// Phrase cues are looked up by their first stem ("would" opens a dozen of them), then kept only
// where their second stem follows in the same sentence; the longest phrase claims its words first.

function score(subject: string, description: string) {
  return scoreRequestTypes(analyzeText(subject), analyzeText(description));
}

describe('phrase cues', () => {
  it('finds each of several phrases that open with the same word', () => {
    const { evidence } = score('', 'We would love to see dark mode. Would it be possible to add it?');
    expect(evidence.get('feature_request')).toEqual(['description: "Would it be possible to add"', 'description: "would love to see"']);
  });

  it('lets a longer phrase claim its words before a shorter one that opens the same way', () => {
    expect(score('', 'We would love to see dark mode').evidence.get('feature_request')).toEqual(['description: "would love to see"']);
    expect(score('', 'We would love pizza').evidence.get('feature_request')).toEqual(['description: "would love"']);
  });

  it('does not match a phrase across a sentence break', () => {
    expect(score('', 'It would love. To see it').evidence.get('feature_request')).toEqual(['description: "would love"']);
  });

  it('counts a phrase in subject and description as one cue, scored in both', () => {
    const both = score('Would love to see', 'would love to see this');
    const subjectOnly = score('Would love to see', '');
    expect(both.cueCounts.get('feature_request')).toBe(1);
    expect(both.evidence.get('feature_request')).toEqual(['subject: "Would love to see"', 'description: "would love to see"']);
    expect(both.scores.get('feature_request')).toBeGreaterThan(subjectOnly.scores.get('feature_request')!);
  });
});
