import * as v from 'valibot';
import { hasDistinctOptions } from './options.ts';
import { QUESTION_KINDS, type Bank } from './types.ts';

const PublishedSchema = v.pipe(
	v.string(),
	v.regex(
		/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
		'must be YYYY, YYYY-MM or YYYY-MM-DD'
	)
);

const ParagraphSchema = v.object({
	id: v.pipe(v.string(), v.minLength(1)),
	text: v.pipe(v.string(), v.minLength(1)),
	heading: v.optional(v.string())
});

const QuestionSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.minLength(1)),
		kind: v.picklist(QUESTION_KINDS),
		prompt: v.pipe(v.string(), v.minLength(1)),
		answer: v.pipe(v.string(), v.minLength(1)),
		accept: v.optional(v.array(v.string())),
		distractors: v.array(v.string()),
		source: v.object({
			paragraph: v.string(),
			start: v.pipe(v.number(), v.integer(), v.minValue(0)),
			end: v.pipe(v.number(), v.integer(), v.minValue(0))
		})
	}),
	// The quiz shows the answer and the wrong options side by side: each must be told apart.
	v.check(
		(question) => hasDistinctOptions(question),
		'wrong options must be non-blank and differ from the answer and each other'
	)
);

/** The bank contract as a schema; extra fields are allowed so the contract can be extended. */
export const BankSchema = v.object({
	schema: v.literal(1),
	document: v.object({
		id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a url-safe slug')),
		title: v.pipe(v.string(), v.minLength(1)),
		author: v.optional(v.string()),
		publisher: v.optional(v.string()),
		published: v.optional(PublishedSchema),
		source: v.string(),
		paragraphs: v.array(ParagraphSchema)
	}),
	generator: v.object({ version: v.string() }),
	questions: v.array(QuestionSchema)
});

export type BankValidation = { ok: true; bank: Bank } | { ok: false; issues: string[] };

/**
 * Checks untrusted data against the bank contract, including what a schema alone cannot say:
 * every question points at a paragraph that exists, with a span inside its text.
 */
export function validateBank(data: unknown): BankValidation {
	const parsed = v.safeParse(BankSchema, data);
	if (!parsed.success) {
		return {
			ok: false,
			issues: parsed.issues.slice(0, 5).map((issue) => {
				const path = v.getDotPath(issue);
				return path ? `${path}: ${issue.message}` : issue.message;
			})
		};
	}
	const bank = parsed.output as Bank;
	const paragraphs = new Map(bank.document.paragraphs.map((p) => [p.id, p]));
	const issues: string[] = [];
	const seen = new Set<string>();
	for (const q of bank.questions) {
		if (seen.has(q.id)) issues.push(`question ${q.id}: duplicate id`);
		seen.add(q.id);
		const paragraph = paragraphs.get(q.source.paragraph);
		if (!paragraph) {
			issues.push(`question ${q.id}: no paragraph ${q.source.paragraph}`);
		} else if (q.source.start >= q.source.end || q.source.end > paragraph.text.length) {
			issues.push(`question ${q.id}: evidence span outside its paragraph`);
		}
	}
	return issues.length ? { ok: false, issues: issues.slice(0, 5) } : { ok: true, bank };
}
