// What a side-by-side Sankey slide says once, under both charts, instead of each chart's notes. Pure.
import { sankeyNotes, type SankeyText } from '../../charts/sankey/sankey-describe';
import { buildSankeyGraph } from '../../charts/sankey/sankey-graph';
import type { SankeyInput, SankeyOptions } from '../../charts/sankey/sankey-types';

/** "Flows drawn: Japan 39, Singapore 33. Cells blank or 0 …: Japan 51, Singapore 57." (present-messages). */
export type PairDrawnNote = (
  a: string,
  b: string,
  drawnA: number,
  drawnB: number,
  blankA: number,
  blankB: number,
) => string;

/**
 * The caption lines of a side-by-side Sankey slide that stand for its charts' notes: each chart's two-line
 * note ("39 flows drawn; 51 cells blank or 0 …") took the height its labels needed, and drew the pair at 0.94
 * of the room's minimum at 1280 × 720. The flows drawn and left out of both are one line; any further note
 * (minimum score, unknown cells, nothing drawn) follows once per chart, after its country's name.
 */
export function sankeyPairNotes(
  inputs: readonly [SankeyInput, SankeyInput],
  names: readonly [string, string],
  options: SankeyOptions,
  text: SankeyText,
  drawnNote: PairDrawnNote,
): string[] {
  const [a, b] = inputs.map((input) => buildSankeyGraph(input, options).summary) as [
    ReturnType<typeof buildSankeyGraph>['summary'],
    ReturnType<typeof buildSankeyGraph>['summary'],
  ];
  // Without a width note, a chart's notes start with what it drew: that is the shared line.
  const quiet = { ...text, noteRaw: '', noteNormalised: '' };
  const further = [a, b].flatMap((s, i) =>
    sankeyNotes(quiet, s, options)
      .slice(1)
      .map((n) => `${names[i]}: ${n}`),
  );
  return [drawnNote(names[0], names[1], a.drawn, b.drawn, a.notInvolved, b.notInvolved), ...further];
}
