// Day records for the stats tests, built the way the database keeps them.
import type { DayRecord } from '$lib/db';
import type { QuestionKind } from '$core/questions/types.ts';

type KindTallies = Partial<Record<QuestionKind, [answered: number, correct: number]>>;

/** A day whose totals add up from its kinds; `recall` defaults to none. */
export function dayOf(
	day: string,
	kinds: KindTallies,
	recall: [answered: number, correct: number] = [0, 0]
): DayRecord {
	const byKind: DayRecord['byKind'] = {};
	let answered = 0;
	let correct = 0;
	for (const [kind, [a, c]] of Object.entries(kinds) as [QuestionKind, [number, number]][]) {
		byKind[kind] = { answered: a, correct: c };
		answered += a;
		correct += c;
	}
	return {
		day,
		answered,
		correct,
		introduced: 0,
		byKind,
		recall: { answered: recall[0], correct: recall[1] }
	};
}
