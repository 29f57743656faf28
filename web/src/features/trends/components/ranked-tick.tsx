import type { YAxisTickContentProps } from 'recharts';

/** Ranked bars' labels at 11 px run about 6.5 px a character; the axis takes 96 to 168 px of the card. */
const TICK_CHARACTER_PX = 6.5;
const TICK_GAP_PX = 10;
const RANKED_AXIS_PX = { least: 96, most: 168 };

/** Wide enough for the longest label, within what still leaves the bars room on a phone. */
export function rankedAxisWidth(labels: string[]): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  const wanted = Math.ceil(longest * TICK_CHARACTER_PX) + TICK_GAP_PX;
  return Math.min(RANKED_AXIS_PX.most, Math.max(RANKED_AXIS_PX.least, wanted));
}

/** The label as it fits an axis that wide: cut with "…" when too long. */
export function fitLabel(label: string, axisWidth: number): string {
  const room = Math.floor((axisWidth - TICK_GAP_PX) / TICK_CHARACTER_PX);
  return label.length <= room ? label : `${label.slice(0, Math.max(1, room - 1))}…`;
}

type RankedTickProps = YAxisTickContentProps & { axisWidth: number };

/** A ranked bar's label, cut to fit rather than clipped at the card's edge; the whole label shows on hover. */
export function RankedTick({ x, y, payload, fill, axisWidth }: RankedTickProps) {
  const label = String(payload.value);
  return (
    <text x={x} y={y} dy="0.355em" textAnchor="end" fontSize={11} fill={fill ?? '#666'}>
      <title>{label}</title>
      {fitLabel(label, axisWidth)}
    </text>
  );
}
