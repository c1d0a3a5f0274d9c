/**
 * A toolbar with one tab stop (WAI-ARIA toolbar pattern): Tab enters and leaves it, arrow keys,
 * Home and End move between its enabled buttons, and focus comes back to the last used button.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface RovingToolbarProps {
  label: string;
  className?: string;
  children: ReactNode;
  testId?: string;
}

function enabledButtons(root: HTMLElement): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled);
}

export function RovingToolbar({ label, className, children, testId }: RovingToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const activeRef = useRef<HTMLButtonElement | null>(null);

  // After every render (buttons get enabled and disabled), exactly one enabled button is tabbable.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const buttons = enabledButtons(root);
    const active = activeRef.current && buttons.includes(activeRef.current) ? activeRef.current : buttons[0];
    for (const b of root.querySelectorAll('button')) b.tabIndex = b === active ? 0 : -1;
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const root = ref.current;
    if (!root || e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = enabledButtons(root);
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const target = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    buttons[(target + buttons.length) % buttons.length]!.focus();
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      aria-orientation="horizontal"
      className={className}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target instanceof HTMLButtonElement) {
          activeRef.current = e.target;
          for (const b of ref.current!.querySelectorAll('button')) b.tabIndex = b === e.target ? 0 : -1;
        }
      }}
    >
      {children}
    </div>
  );
}
