// In the bench page: the editor (real App) or a bare React grid of the same size, and a recorder of what
// each key event cost as the user feels it (Event Timing, the basis of INP, and key → next frame).
import { useState, type KeyboardEvent } from 'react';
import { preloadParts } from '../../src/app/lazy-views';
import { mountWith, renderBare } from './bench-app';
import { syntheticMatrix } from './bench-data';

/** One key's cost: its Event Timing durations (keydown, keyup, input ≥ 16 ms) and key → next frame. */
export interface KeyCost {
  readonly key: string;
  /** The largest Event Timing duration of the key's events, or 0 when every one stayed under 16 ms (not reported). */
  readonly eventMs: number;
  /** From the keydown's time stamp to the frame after it was handled. */
  readonly frameMs: number;
}

let costs: KeyCost[] = [];
let observer: PerformanceObserver | null = null;
const pending = new Map<number, { key: string; frameMs: number; events: number[] }>();

/** Starts recording: each keydown's time stamp, its next frame, and the Event Timing entries that follow. */
let listening = false;
function record(): void {
  costs = [];
  pending.clear();
  if (listening) return observe();
  listening = true;
  window.addEventListener(
    'keydown',
    (e) => {
      const at = e.timeStamp;
      const entry = { key: e.key, frameMs: 0, events: [] as number[] };
      pending.set(at, entry);
      requestAnimationFrame(() => setTimeout(() => (entry.frameMs = performance.now() - at), 0));
    },
    { capture: true },
  );
  observe();
}

function observe(): void {
  observer?.disconnect();
  observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      if (!['keydown', 'keyup', 'keypress', 'input', 'beforeinput'].includes(e.name)) continue;
      // An event belongs to the last keydown at or before it.
      const start = [...pending.keys()].filter((t) => t <= e.startTime + 1).at(-1);
      if (start !== undefined) pending.get(start)!.events.push(e.duration);
    }
  });
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** What was recorded since `setup`, one entry per keydown (the observer is flushed first). */
export async function keyCosts(): Promise<KeyCost[]> {
  await new Promise((ok) => setTimeout(ok, 50));
  observer?.takeRecords().forEach(() => undefined);
  costs = [...pending.values()].map((p) => ({ key: p.key, eventMs: Math.max(0, ...p.events), frameMs: p.frameMs }));
  return costs;
}

/** What the keys suite drives: the Edit view, the bare React grid, or one cell (this machine's floor). */
export type KeysKind = 'app' | 'bare' | 'floor';

/** Mounts the Edit view on a 64 × 40 country, the bare grid or the one-cell floor; focuses the grid. */
export async function keysSetup(kind: KeysKind): Promise<void> {
  // The editor is a chunk loaded on demand (#18): loaded first, it draws at once instead of its placeholder.
  await preloadParts();
  if (kind === 'app')
    mountWith([syntheticMatrix('Bench', (window as { benchKeysCols?: number }).benchKeysCols ?? 40)], (s) =>
      s.getState().setView('editor'),
    );
  else if (kind === 'bare') renderBare(<BareGrid rows={64} cols={40} />);
  else renderBare(<BareGrid rows={1} cols={1} />);
  document.querySelector<HTMLElement>('[role=grid]')!.focus();
  record();
}

/** Baseline: a bare React grid as small as a keyboard grid can be (active cell, digits, Enter, Tab, arrows). */
function BareGrid({ rows, cols }: { rows: number; cols: number }) {
  const [cells, setCells] = useState(() =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (r + c) % 11)),
  );
  const [at, setAt] = useState({ r: 0, c: 0 });
  const [typing, setTyping] = useState<string | null>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    e.preventDefault();
    const move = {
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      Tab: [0, 1],
      Enter: [1, 0],
    }[e.key];
    if (/^\d$/.test(e.key)) return setTyping(e.key);
    if (e.key === 'Enter' && typing !== null)
      setCells((all) => all.map((row, r) => (r === at.r ? row.map((v, c) => (c === at.c ? Number(typing) : v)) : row)));
    setTyping(null);
    if (move) setAt({ r: (at.r + move[0]! + rows) % rows, c: (at.c + move[1]! + cols) % cols });
  };
  return (
    <table role="grid" tabIndex={0} onKeyDown={onKeyDown}>
      <tbody>
        {cells.map((row, r) => (
          <tr key={r}>
            {row.map((v, c) => (
              <td key={c} style={r === at.r && c === at.c ? { outline: '2px solid' } : undefined}>
                {r === at.r && c === at.c && typing !== null ? typing : v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
