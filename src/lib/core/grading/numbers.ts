import { foldText } from './normalise.ts';
import { right, wrong, type GradeResult } from './types.ts';

/** An exact decimal, `digits × 10^exponent`, so '1.5 million' and '1,500,000' are equal. */
export interface Decimal {
	digits: bigint;
	exponent: number;
}

export type Unit = 'dollars' | 'pounds' | 'euros' | 'yen' | 'per cent';

export interface Quantity {
	value: Decimal;
	unit?: Unit;
}

function decimal(digits: bigint, exponent = 0): Decimal {
	if (digits === 0n) return { digits, exponent: 0 };
	let d = digits;
	let e = exponent;
	while (d % 10n === 0n) {
		d /= 10n;
		e += 1;
	}
	return { digits: d, exponent: e };
}

function add(a: Decimal, b: Decimal): Decimal {
	const e = Math.min(a.exponent, b.exponent);
	return decimal(
		a.digits * 10n ** BigInt(a.exponent - e) + b.digits * 10n ** BigInt(b.exponent - e),
		e
	);
}

function multiply(a: Decimal, b: Decimal): Decimal {
	return decimal(a.digits * b.digits, a.exponent + b.exponent);
}

export function sameValue(a: Decimal, b: Decimal): boolean {
	return a.digits === b.digits && a.exponent === b.exponent;
}

const ONES: Readonly<Record<string, number>> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};
const TENS: Readonly<Record<string, number>> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
// Scales as words, and as the abbreviations written straight after digits ('$12bn', '4m').
const SCALES: Readonly<Record<string, number>> = {
	thousand: 3,
	thousands: 3,
	million: 6,
	millions: 6,
	billion: 9,
	billions: 9,
	trillion: 12,
	trillions: 12
};
const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
	k: 3,
	m: 6,
	mn: 6,
	mil: 6,
	mln: 6,
	b: 9,
	bn: 9,
	tn: 12,
	trn: 12
};
const SYMBOLS: Readonly<Record<string, Unit>> = {
	$: 'dollars',
	'£': 'pounds',
	'€': 'euros',
	'¥': 'yen',
	'%': 'per cent'
};
const UNIT_WORDS: Readonly<Record<string, Unit>> = {
	dollar: 'dollars',
	dollars: 'dollars',
	usd: 'dollars',
	bucks: 'dollars',
	pound: 'pounds',
	pounds: 'pounds',
	sterling: 'pounds',
	gbp: 'pounds',
	quid: 'pounds',
	euro: 'euros',
	euros: 'euros',
	eur: 'euros',
	yen: 'yen',
	jpy: 'yen',
	percent: 'per cent',
	pc: 'per cent'
};
// Words that hedge a number without changing what it is: 'about 7,000', 'more than 100,000'.
const HEDGES = new Set(
	'about around approximately approx roughly some nearly almost over under more less fewer than up to at least most just an estimated circa c ca'.split(
		' '
	)
);

type Token =
	| { type: 'number'; text: string; negative: boolean }
	| { type: 'symbol'; unit: Unit }
	| { type: 'word'; text: string };

function tokenise(text: string): Token[] | undefined {
	const tokens: Token[] = [];
	const pattern = /([-−]?)(\d[\d.,]*)|([$£€¥%])|(\p{L}+)|(\S)/gu;
	const folded = foldText(text);
	for (const m of folded.matchAll(pattern)) {
		if (m[2] !== undefined) {
			// A minus counts only as a sign, not as the dash of a range ('12-13').
			const before = m.index > 0 ? folded[m.index - 1] : undefined;
			const sign = m[1] !== '' && (before === undefined || /\s/.test(before));
			tokens.push({ type: 'number', text: m[2].replace(/[.,]+$/, ''), negative: sign });
		} else if (m[3] !== undefined) {
			tokens.push({ type: 'symbol', unit: SYMBOLS[m[3]] as Unit });
		} else if (m[4] !== undefined) {
			tokens.push({ type: 'word', text: m[4] });
		} else if (!/[-–—~+≈:()"'“”.,]/.test(m[5] ?? '')) {
			return undefined;
		}
	}
	return tokens;
}

/**
 * Digits as written: '1,500,000' (commas in threes), '1.5', '12,5' (a lone decimal comma),
 * '1,500.75'. Anything else ('1,50,0', '1.2.3') is no number.
 */
function readDigits(text: string): Decimal | undefined {
	let m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
	if (!m) {
		m = /^(\d+),(\d{1,2})$/.exec(text);
		if (!m) return undefined;
	}
	const whole = (m[1] as string).replace(/,/g, '');
	const fraction = m[2] ?? '';
	return decimal(BigInt(whole + fraction), -fraction.length);
}

const isNumberWord = (w: string) =>
	w in ONES || w in TENS || w in SCALES || w === 'hundred' || w === 'half';

/**
 * Reads one quantity: '$12bn', 'US$12 billion', '12,000,000,000 dollars', 'seven thousand',
 * 'one and a half million', '40 per cent', '£4 million', '100,000 troops'. Words after the
 * quantity are what it counts and are ignored; a second number anywhere makes it unreadable.
 */
export function readQuantity(text: string): Quantity | undefined {
	const tokens = tokenise(text);
	if (!tokens) return undefined;
	let i = 0;
	const peek = () => tokens[i];
	const word = () => {
		const t = tokens[i];
		return t?.type === 'word' ? t.text : undefined;
	};
	let unit: Unit | undefined;
	const setUnit = (u: Unit) => {
		if (unit !== undefined && unit !== u) return false;
		unit = u;
		return true;
	};
	while (word() !== undefined && HEDGES.has(word() as string)) i++;
	// Prefixes: '$', 'US$', 'USD'.
	if (word() === 'us' && tokens[i + 1]?.type === 'symbol') i++;
	const first = peek();
	if (first?.type === 'symbol' && first.unit !== 'per cent') {
		unit = first.unit;
		i++;
	} else if (first?.type === 'word' && ['usd', 'gbp', 'eur'].includes(first.text)) {
		unit = UNIT_WORDS[first.text];
		i++;
	}

	let value: Decimal | undefined;
	let negative = false;
	const start = peek();
	if (start?.type === 'number') {
		value = readDigits(start.text);
		negative = start.negative;
		i++;
		if (!value) return undefined;
		// Merge digit groups split by spaces: '1 500 000'.
		for (let t = peek(); t?.type === 'number' && /^\d{3}$/.test(t.text); t = peek()) {
			if (!/^\d{1,3}$/.test(start.text)) return undefined;
			value = add(multiply(value, decimal(1n, 3)), decimal(BigInt(t.text)));
			i++;
		}
		const abbreviation = word();
		if (abbreviation !== undefined && abbreviation in SCALE_ABBREVIATIONS) {
			value = multiply(value, decimal(1n, SCALE_ABBREVIATIONS[abbreviation]));
			i++;
		}
		for (let w = word(); w !== undefined && (w in SCALES || w === 'hundred'); w = word()) {
			value = multiply(value, decimal(1n, w === 'hundred' ? 2 : (SCALES[w] as number)));
			i++;
		}
	} else {
		const spelt = readWords(tokens, i);
		if (!spelt) return undefined;
		value = spelt.value;
		i = spelt.next;
	}

	// Units after the number: '%', 'per cent', 'dollars', 'US dollars', 'pounds sterling'.
	for (;;) {
		const t = peek();
		if (t?.type === 'symbol') {
			if (!setUnit(t.unit)) return undefined;
			i++;
		} else if (t?.type === 'word' && t.text === 'per' && word2(tokens, i + 1) === 'cent') {
			if (!setUnit('per cent')) return undefined;
			i += 2;
		} else if (t?.type === 'word' && t.text === 'us' && word2(tokens, i + 1) === 'dollars') {
			i++;
		} else if (t?.type === 'word' && t.text in UNIT_WORDS) {
			if (!setUnit(UNIT_WORDS[t.text] as Unit)) return undefined;
			i++;
		} else {
			break;
		}
	}
	// The rest names what is counted ('troops'); another number there is a second answer.
	for (; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (t.type !== 'word' || isNumberWord(t.text) || t.text in UNIT_WORDS) return undefined;
	}
	if (negative) value = { digits: -value.digits, exponent: value.exponent };
	return unit === undefined ? { value } : { value, unit };
}

function word2(tokens: readonly Token[], i: number): string | undefined {
	const t = tokens[i];
	return t?.type === 'word' ? t.text : undefined;
}

/**
 * Numbers in words: 'seven thousand', 'forty', 'one hundred and twenty', 'a million',
 * 'one and a half million', 'half a million'. Only sensible sequences are read: 'seven seven'
 * is no number.
 */
function readWords(
	tokens: readonly Token[],
	from: number
): { value: Decimal; next: number } | undefined {
	let total = decimal(0n);
	let group = decimal(0n);
	let seen = false;
	let last: 'ones' | 'tens' | 'hundred' | 'scale' | 'and' | 'a' | undefined;
	let i = from;
	for (; i < tokens.length; i++) {
		const w = word2(tokens, i);
		if (w === undefined) break;
		if (w in ONES) {
			if (last === 'ones' || (last === 'tens' && (ONES[w] as number) >= 10)) return undefined;
			group = add(group, decimal(BigInt(ONES[w] as number)));
			last = 'ones';
		} else if (w in TENS) {
			if (last === 'ones' || last === 'tens') return undefined;
			group = add(group, decimal(BigInt(TENS[w] as number)));
			last = 'tens';
		} else if ((w === 'a' || w === 'an') && !seen) {
			group = decimal(1n);
			last = 'a';
		} else if (w === 'hundred') {
			if (last === undefined || last === 'hundred' || last === 'and') return undefined;
			group = multiply(group, decimal(1n, 2));
			last = 'hundred';
		} else if (w in SCALES) {
			if (last === undefined || last === 'and') return undefined;
			total = add(total, multiply(group, decimal(1n, SCALES[w] as number)));
			group = decimal(0n);
			last = 'scale';
		} else if (w === 'and' && word2(tokens, i + 1) === 'a' && word2(tokens, i + 2) === 'half') {
			if (last === undefined) return undefined;
			group = add(group, decimal(5n, -1));
			i += 2;
			last = 'ones';
		} else if (w === 'half' && !seen && ['a', 'an'].includes(word2(tokens, i + 1) ?? '')) {
			group = decimal(5n, -1);
			i += 1;
			last = 'ones';
		} else if (w === 'and' && seen && last !== 'and') {
			last = 'and';
		} else {
			break;
		}
		seen = true;
	}
	if (!seen || last === 'and' || last === 'a') return undefined;
	return { value: add(total, group), next: i };
}

function scaleApart(a: Decimal, b: Decimal): boolean {
	const gap = a.exponent - b.exponent;
	return a.digits === b.digits && gap !== 0 && gap % 3 === 0;
}

/**
 * Grades a typed number: right when the values are equal once scaled and, when both name a
 * currency or per cent, the units agree. A reply without a unit is judged on its value, which
 * is what was asked. Digits are never forgiven: 13 is not 12, however close the keys.
 * Undefined when the answer is no number to compare.
 */
export function gradeNumber(
	answer: string,
	accept: readonly string[],
	reply: string
): GradeResult | undefined {
	const main = readQuantity(answer);
	if (!main) return undefined;
	const r = readQuantity(reply);
	if (!r) return wrong('Not a number');
	const targets = [main, ...accept.flatMap((a) => readQuantity(a) ?? [])];
	const equal = targets.filter((t) => sameValue(t.value, r.value));
	const agreeing = equal.filter((t) => !t.unit || !r.unit || t.unit === r.unit);
	if (agreeing.length > 0) return right();
	const named = equal.find((t) => t.unit !== undefined);
	if (named?.unit && r.unit) return wrong(`Check the unit: ${named.unit}, not ${r.unit}`);
	if (targets.some((t) => scaleApart(t.value, r.value))) {
		return wrong('Check the scale: thousands, millions or billions');
	}
	return wrong();
}
