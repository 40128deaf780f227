/** A number as a quiz can ask it: the figure with its currency, scale and percent sign kept. */
export interface NumberValue {
	/** The figure as the source writes it: "$12bn", "1.5 million", "96%", "9,300". */
	text: string;
	value: number;
	currency: string;
	/** "bn", " billion", "m", " million", "%", " per cent", ... kept exactly, spacing included. */
	scale: string;
	decimals: number;
	grouped: boolean;
}

const SCALE = /^(\s?(?:bn|billion|m|million|thousand|k|trillion|tn)\b|%|\s(?:per cent|percent)\b)/i;
const MULTIPLIER: Record<string, number> = {
	bn: 1e9,
	billion: 1e9,
	m: 1e6,
	million: 1e6,
	thousand: 1e3,
	k: 1e3,
	trillion: 1e12,
	tn: 1e12
};

/**
 * Reads the figure starting at `text[at]` (a currency sign or digit): "$12bn" stays "$12bn",
 * never "$12", and "1.5 million" keeps its scale.
 */
export function readNumber(
	text: string,
	at: number
): { start: number; end: number; number: NumberValue } | undefined {
	const m = /^([$£€])?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(text.slice(at));
	if (!m) return undefined;
	let end = at + m[0].length;
	const scaleMatch = SCALE.exec(text.slice(end));
	const scale = scaleMatch ? (scaleMatch[1] as string) : '';
	end += scale.length;
	const digits = (m[2] as string).replace(/,/g, '');
	const multiplier = MULTIPLIER[scale.trim().toLowerCase()] ?? 1;
	return {
		start: at,
		end,
		number: {
			text: text.slice(at, end),
			value: Number(digits + (m[3] ?? '')) * multiplier,
			currency: m[1] ?? '',
			scale,
			decimals: m[3] ? m[3].length - 1 : 0,
			grouped: (m[2] as string).includes(',')
		}
	};
}

/** Writes `value` (in the answer's scale) in the answer's format. */
export function formatLike(like: NumberValue, scaled: number): string {
	const fixed = scaled.toFixed(like.decimals);
	const [whole, fraction] = fixed.split('.');
	const grouped =
		like.grouped || Number(whole) >= 10000
			? (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
			: whole;
	return `${like.currency}${grouped}${fraction ? `.${fraction}` : ''}${like.scale}`;
}

/** The figure in the answer's own scale: 12 for "$12bn". */
export function scaledValue(n: NumberValue): number {
	return n.value / (MULTIPLIER[n.scale.trim().toLowerCase()] ?? 1);
}

/** Plausible wrong figures of the same unit and size, nearest first; never the answer itself. */
export function nearbyNumbers(n: NumberValue, count: number): string[] {
	const base = scaledValue(n);
	// The answer must not be the one figure the others are plainly made from (half, one and a
	// half, double), so the set of factors varies with the figure: sometimes it is the smallest,
	// sometimes the largest, sometimes in between.
	// No first choice is more than twice or less than half the figure: "3,400 hours a year"
	// beside 1,350, or a 15,000-metre volcano, is ruled out by sense, not by the text.
	const patterns = [
		[0.6, 1.4, 1.8],
		[0.5, 0.7, 1.3],
		[0.6, 0.8, 1.6],
		[1.25, 1.5, 1.8],
		[0.5, 0.65, 0.85],
		[0.55, 1.2, 1.7]
	];
	let hash = 0;
	for (const c of n.text) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
	const factors = [...(patterns[hash % patterns.length] as number[]), 0.5, 1.5, 2, 0.75, 3, 0.25];
	const out: string[] = [];
	for (const f of factors) {
		let v = base * f;
		if (n.decimals === 0) v = onGrid(roundLike(v, base), gridOf(base));
		// A share of 100 per cent or more reads as absurd beside a real one.
		if ((n.scale.includes('%') || /per ?cent/i.test(n.scale)) && v >= 100 && base < 100) continue;
		if (v <= 0) continue;
		// "$13.0bn" reads as a typo and "$13bn" beside "$6.5bn" as a different precision: a
		// figure that comes out whole is passed over.
		const text = formatLike(n, v);
		if (n.decimals > 0 && /\.0+(?=\D*$)/.test(text)) continue;
		if (text !== n.text && !out.includes(text)) out.push(text);
		if (out.length >= count) break;
	}
	return out;
}

/**
 * The step a whole figure is a multiple of, below itself: 5 for 45 minutes, 100 for 3,600 RPM,
 * so that options are as round as the answer ("56 minutes" beside "45" reads as made up).
 */
function gridOf(value: number): number {
	if (!Number.isInteger(value)) return 1;
	for (let g = 10 ** Math.floor(Math.log10(Math.max(value, 1))); g >= 5; g /= 10) {
		if (value % g === 0 && g < value) return g;
		if (value % (g / 2) === 0 && g / 2 < value && g / 2 >= 5) return g / 2;
	}
	return 1;
}

function onGrid(v: number, grid: number): number {
	return grid > 1 ? Math.max(grid, Math.round(v / grid) * grid) : v;
}

/** Rounds to as many significant figures as the original has, so 9,300 gives 4,650 -> 4,700. */
function roundLike(v: number, original: number): number {
	const digits = String(Math.round(original)).replace(/0+$/, '').length || 1;
	const magnitude = Math.pow(
		10,
		Math.max(0, Math.floor(Math.log10(Math.max(v, 1))) - Math.max(1, digits) + 1)
	);
	return Math.max(1, Math.round(v / magnitude) * magnitude);
}
