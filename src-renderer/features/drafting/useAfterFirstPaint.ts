/**
 * False until the page has painted once after mounting and the browser has then had a quiet
 * moment (at most half a second later under load). Opening an article renders the headline,
 * toolbar and body first; controls that need not be in the first frame (workflow status, review
 * bar, clean-up, export, the proofreading note) mount after it, so their rendering and bridge
 * requests do not delay the text appearing.
 */
import { useEffect, useState } from 'react';

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    // The next frame's callback runs before that frame is painted; idle comes after it.
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(() => setPainted(true), { timeout: 500 });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return painted;
}
