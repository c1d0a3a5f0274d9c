/**
 * How the S9 audit step reads `npm audit --json`: a clean answer passes, a high or critical
 * advisory fails with its name, and an answer without counts (service unreachable, an error
 * object, no JSON at all) is "did not run", never a pass.
 */
import { describe, expect, it } from 'vitest';
import { judgeAudit } from './npmAudit.ts';

const counts = (high: number, critical: number) => ({ info: 0, low: 1, moderate: 2, high, critical, total: 3 + high + critical });

describe('judgeAudit', () => {
  it('passes when there is no high or critical advisory', () => {
    const outcome = judgeAudit(JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: counts(0, 0) } }));
    expect(outcome).toMatchObject({ status: 'clean', counts: { high: 0, critical: 0, moderate: 2 } });
  });

  it('fails on a high advisory and names the package and the advisory', () => {
    const outcome = judgeAudit(
      JSON.stringify({
        vulnerabilities: {
          'zip-reader': { severity: 'high', range: '<2.0.1', via: [{ title: 'Path traversal in entry names', url: 'advisory-1' }] },
          'left-pad-ish': { severity: 'moderate', via: ['zip-reader'] },
        },
        metadata: { vulnerabilities: counts(1, 0) },
      }),
    );
    expect(outcome).toEqual({ status: 'vulnerable', counts: { ...counts(1, 0) }, blocking: ['high zip-reader <2.0.1: Path traversal in entry names'] });
  });

  it('fails on a critical advisory reached through another package', () => {
    const outcome = judgeAudit(JSON.stringify({ vulnerabilities: { wrapper: { severity: 'critical', via: ['inner'] } }, metadata: { vulnerabilities: counts(0, 1) } }));
    expect(outcome).toMatchObject({ status: 'vulnerable', blocking: ['critical wrapper: via inner'] });
  });

  it.each([
    ['an error answer (endpoint refused)', JSON.stringify({ message: '405 Method Not Allowed - POST https://audit.invalid/bulk', statusCode: 405 })],
    ['an error object', JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to the audit endpoint failed' } })],
    ['JSON without counts', JSON.stringify({ auditReportVersion: 2 })],
    ['no JSON at all', 'npm error audit endpoint returned an error'],
    ['nothing', ''],
  ])('reports %s as not run, never as clean', (_what, stdout) => {
    const outcome = judgeAudit(stdout);
    expect(outcome.status).toBe('unreachable');
    if (outcome.status === 'unreachable') expect(outcome.reason).not.toMatch(/https?:\/\//);
  });
});
