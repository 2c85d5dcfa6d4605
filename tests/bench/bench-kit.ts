// Timing helpers for scenarios that run inside the bench page (real Chromium, production build).

/** One measured step: its median over runs, and every run. */
export interface Timing {
  readonly name: string;
  readonly medianMs: number;
  readonly maxMs: number;
  readonly runs: number[];
}

/** Times fn() `runs` times with performance marks; fn may be async. */
export async function time(name: string, runs: number, fn: (i: number) => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    performance.mark(`${name}:start`);
    await fn(i);
    performance.mark(`${name}:end`);
    samples.push(performance.measure(name, `${name}:start`, `${name}:end`).duration);
    await nextFrame();
  }
  return summarise(name, samples);
}

/** The median and maximum of samples measured elsewhere. */
export function summarise(name: string, samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    medianMs: round(sorted[Math.floor(sorted.length / 2)]!),
    maxMs: round(sorted[sorted.length - 1]!),
    runs: samples.map(round),
  };
}

/** Resolves after the next paint, so runs do not overlap. */
export function nextFrame(): Promise<void> {
  return new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
}

/** Records long tasks (> 50 ms) on the main thread while fn runs. */
export async function longTasksDuring(fn: () => Promise<unknown>): Promise<number[]> {
  const found: number[] = [];
  const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => found.push(round(e.duration))));
  obs.observe({ type: 'longtask', buffered: false });
  await fn();
  await nextFrame();
  obs.disconnect();
  return found;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Collects garbage left by earlier runs (Chromium is started with --expose-gc), so that a run is
 * not charged for collecting what the run before it allocated.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
