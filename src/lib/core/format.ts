/** '1 question', '5 questions': a count with its noun, in one text run. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : plural}`;
}
