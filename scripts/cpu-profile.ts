// The shapes of what the Chrome DevTools protocol returns to the profiling scripts (trace-keys, trace-import,
// cpu-prof-bench): a CPU profile (Profiler.stop) and trace events (Tracing.dataCollected), only the fields read;
// and the ending of a trace that collects its events.
import type { CDPSession } from 'playwright-core';

/** One function's node in a CPU profile's call tree. */
export interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** A CPU profile: the call tree, and which node each sample landed in, with the µs between samples. */
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One trace event (µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: steadier than `dur` on a busy machine. */
  tdur?: number;
  tid: number;
  args?: {
    data?: {
      functionName?: string;
      url?: string;
      name?: string;
      type?: string;
      nodeId?: number;
      clip?: number[];
      layerId?: number;
      frame?: string;
    };
  };
}

/** Ends the trace started on `cdp` and returns all its events. */
export async function traceEvents(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  return events;
}
