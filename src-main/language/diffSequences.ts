/** One step of an edit script between two sequences. */
export type SequenceOp = 'equal' | 'insert' | 'delete';

/**
 * Shortest edit script from `a` to `b` (Myers' O((N+M)·D) algorithm) over items compared with
 * `===`. Common prefix and suffix are stripped first. Returns undefined when more than `maxEdits`
 * insertions and deletions would be needed, so a caller can fall back to "replace everything"
 * instead of spending quadratic time and memory on two unrelated texts.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[], maxEdits = 1000): SequenceOp[] | undefined {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxEdits);
  if (!middle) return undefined;
  const equal = (n: number): SequenceOp[] => Array.from({ length: n }, () => 'equal');
  return [...equal(start), ...middle, ...equal(a.length - endA)];
}

function myers<T>(a: readonly T[], b: readonly T[], maxEdits: number): SequenceOp[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0) return Array.from({ length: m }, () => 'insert');
  if (m === 0) return Array.from({ length: n }, () => 'delete');
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds the furthest x per diagonal k in [-d, d] (index k + d) before step d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    if (d > maxEdits) return undefined;
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, d);
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number, edits: number): SequenceOp[] {
  const ops: SequenceOp[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const prev = trace[d]!;
    const at = (k: number) => prev[k + d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('equal');
      x--;
      y--;
    }
    if (x === prevX) {
      ops.push('insert');
      y--;
    } else {
      ops.push('delete');
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops.push('equal');
    x--;
    y--;
  }
  return ops.reverse();
}
