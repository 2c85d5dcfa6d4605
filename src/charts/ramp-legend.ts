// The colour ramp every chart's legend draws: a gradient bar, its caption above, ticks below.

/** A colour stop of a ramp, 0–1 along it. */
export interface RampStop {
  readonly offset: number;
  readonly color: string;
}

/** A ramp's geometry: the bar at (x, y), its caption's baseline, tick marks and their labels. */
export interface RampFrame {
  readonly x: number;
  readonly y: number;
  readonly rampWidth: number;
  readonly rampHeight: number;
  readonly captionY: number;
  readonly stops: readonly RampStop[];
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** Tick marks run from the bar's foot down to tickBottom; their labels sit at tickLabelY. */
  readonly tickTop: number;
  readonly tickBottom: number;
  readonly tickLabelY: number;
}

const RAMP_HEIGHT = 18;

/**
 * Places a ramp of `width` px at (x, y) from a colour function over [from, to]: `stopCount` stops,
 * and a tick at each of `tickValues`, labelled by `label`.
 */
export function placeRamp(
  x: number,
  y: number,
  width: number,
  scale: { from: number; to: number; color: (v: number) => string; stopCount: number },
  tickValues: readonly number[],
  label: (v: number) => string = String,
): RampFrame {
  const span = scale.to - scale.from;
  const steps = scale.stopCount - 1;
  // Each stop's value is computed from its index, not its offset, so whole scores stay whole (0.3 × 10 ≠ 3).
  const stops = Array.from({ length: scale.stopCount }, (_, i) => ({
    offset: i / steps,
    color: scale.color(scale.from + (i * span) / steps),
  }));
  const ticks = tickValues.map((v) => ({ x: x + ((v - scale.from) / span) * width, label: label(v) }));
  return {
    x,
    y,
    rampWidth: width,
    rampHeight: RAMP_HEIGHT,
    captionY: y - 8,
    stops,
    ticks,
    tickTop: y + RAMP_HEIGHT,
    tickBottom: y + RAMP_HEIGHT + 5,
    tickLabelY: y + RAMP_HEIGHT + 20,
  };
}
