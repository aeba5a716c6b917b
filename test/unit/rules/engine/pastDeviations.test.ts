// A deviation the customer has left behind, or denies, is not their setup: no best-effort flag.
import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_CONFIG, DEFAULT_RULEBOOK, fromApiTicket } from '../../../../src/rules/index';

const now = new Date('2026-11-26T12:00:00Z');
const assessText = (subject: string, description: string) =>
  assess(fromApiTicket({ id: 1, subject, description, priority: null }), DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);
const bestEffortFlags = (flags: readonly string[]) => flags.filter((f) => f.startsWith('best-effort:'));

describe('past and negated deviations', () => {
  it.each([
    ['we moved off Docker Swarm last month', 'Search is slow since Monday. We moved off Docker Swarm last month and now run the Helm chart on EKS.'],
    ['we migrated away from Docker Swarm', 'Search is slow since Monday. We migrated away from Docker Swarm in spring; everything runs on Kubernetes now.'],
    ['we used to run a forked chart', 'Search is slow since Monday. We used to run a forked chart, but today we deploy the standard chart with an override file.'],
    ['we previously forked the chart', 'Search is slow since Monday. We previously forked the chart; that is gone and we use your chart as is.'],
    ['not using swarm', 'Search is slow since Monday. To be clear, we are not using Docker Swarm, just the standard Helm chart.'],
    ["we don't use a custom overlay", "Search is slow since Monday. We don't use a custom overlay, only the Helm chart."],
  ])('%s raises no best-effort flag', (_name, description) => {
    const a = assessText('Search slow', description);
    expect(bestEffortFlags(a.flags)).toEqual([]);
    expect(a.bestEffort).toBe(false);
  });

  it.each([
    ['we run Docker Swarm now', 'Search is slow since Monday. We run Docker Swarm in production.', 'best-effort:docker-swarm'],
    ['we moved from Helm to Docker Swarm', 'Search is slow since Monday. We moved from Helm to Docker Swarm last month.', 'best-effort:docker-swarm'],
    ['we forked the chart', 'Search is slow since Monday. We forked the chart to add our sidecars.', 'best-effort:forked-chart'],
  ])('%s still raises it', (_name, description, flag) => {
    expect(assessText('Search slow', description).flags).toContain(flag);
  });
});
