/**
 * RELIABILITY.md S9, offline half: every installed copy of a security-relevant package (nested
 * copies too, found through package-lock.json and read from node_modules/…/package.json) is at
 * least its floor in scripts/checks/dependencyFloors.json. `npm audit` (scripts/checks/npmAudit.ts)
 * is the online half; this one still holds when the audit service cannot be reached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');

interface Floor {
  floor: string;
  reason: string;
  optional?: boolean;
}

const { floors } = JSON.parse(readFileSync(join(import.meta.dirname, 'dependencyFloors.json'), 'utf8')) as { floors: Record<string, Floor> };

/** Negative when a < b. Release numbers compared numerically; a pre-release sorts before its release. */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('+')[0]!.split(/-(.*)/s);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** Every installed copy of `name`: its folder and the version its own package.json gives. */
function installedCopies(name: string): { path: string; version: string }[] {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return Object.keys(lock.packages)
    .filter((path) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .filter((path) => existsSync(join(repo, path, 'package.json')))
    .map((path) => ({ path, version: (JSON.parse(readFileSync(join(repo, path, 'package.json'), 'utf8')) as { version: string }).version }));
}

describe('compareVersions', () => {
  it.each([
    ['1.13.0', '1.11.0', 1],
    ['1.9.0', '1.11.0', -1],
    ['45.5.0', '45.5.0', 0],
    ['4.0.10', '4.0.9', 1],
    ['3.2.4-beta.1', '3.2.4', -1],
    ['10.0.0', '9.99.99', 1],
  ] as const)('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('dependency floors', () => {
  it('every floor has a reason', () => {
    for (const [name, entry] of Object.entries(floors)) {
      expect(entry.reason.length, name).toBeGreaterThan(20);
      expect(entry.floor, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it.each(Object.entries(floors))('%s: every installed copy is at least its floor', (name, entry) => {
    const copies = installedCopies(name);
    if (!entry.optional) expect(copies.length, `${name} is not installed`).toBeGreaterThan(0);
    const below = copies.filter((c) => compareVersions(c.version, entry.floor) < 0).map((c) => `${c.path}@${c.version}`);
    expect(below, `below ${entry.floor}: ${entry.reason}`).toEqual([]);
  });
});
