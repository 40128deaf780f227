import {
	ASSIGNMENT_LIMITS,
	ASSIGNMENT_VERSION,
	type AnswerMode,
	type Assignment,
	type AssignmentItem,
	type FeedbackTiming
} from '$core/assign/index.ts';
import type { Bank, Paragraph, Question, QuestionKind } from '$core/questions/types.ts';

/** One question the builder can offer, with where it comes from. */
export interface Candidate {
	question: Question;
	documentId: string;
	documentTitle: string;
	paragraph: Paragraph | undefined;
}

/** What narrows the question list: documents, kinds, and optionally one paragraph. */
export interface CandidateFilter {
	documentIds: readonly string[];
	kinds: readonly QuestionKind[];
	/** A paragraph id, or '' for every paragraph. */
	paragraphId: string;
}

/** The questions of the chosen documents that match the filter, in bank order. */
export function filterCandidates(banks: readonly Bank[], filter: CandidateFilter): Candidate[] {
	const kinds = new Set(filter.kinds);
	const documents = new Set(filter.documentIds);
	const candidates: Candidate[] = [];
	for (const bank of banks) {
		if (!documents.has(bank.document.id)) continue;
		const paragraphs = new Map(bank.document.paragraphs.map((p) => [p.id, p]));
		for (const question of bank.questions) {
			if (!kinds.has(question.kind)) continue;
			if (filter.paragraphId && question.source.paragraph !== filter.paragraphId) continue;
			candidates.push({
				question,
				documentId: bank.document.id,
				documentTitle: bank.document.title,
				paragraph: paragraphs.get(question.source.paragraph)
			});
		}
	}
	return candidates;
}

/** The paragraphs of the chosen documents that have at least one question, for the filter. */
export function paragraphsWithQuestions(
	banks: readonly Bank[],
	documentIds: readonly string[]
): { id: string; documentTitle: string; label: string }[] {
	const documents = new Set(documentIds);
	const options: { id: string; documentTitle: string; label: string }[] = [];
	for (const bank of banks) {
		if (!documents.has(bank.document.id)) continue;
		const used = new Set(bank.questions.map((q) => q.source.paragraph));
		bank.document.paragraphs.forEach((paragraph, index) => {
			if (!used.has(paragraph.id)) return;
			options.push({
				id: paragraph.id,
				documentTitle: bank.document.title,
				label: `¶${index + 1}: ${excerpt(paragraph.text, 60)}`
			});
		});
	}
	return options;
}

/** The start of a text, cut at a word boundary near `max` characters, with an ellipsis. */
export function excerpt(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Everything the teacher sets on the form, as the form holds it. */
export interface BuilderSettings {
	title: string;
	instructions: string;
	mode: AnswerMode;
	shuffle: boolean;
	feedback: FeedbackTiming;
	/** 'YYYY-MM-DD' or ''. */
	due: string;
	/** Minutes, or null for no limit. */
	timeLimitMin: number | null;
}

/** The sentences that stop the teacher from publishing, empty when the assignment is ready. */
export function checkBuilder(
	settings: BuilderSettings,
	picked: readonly string[],
	edits: Readonly<Record<string, string>>,
	/** Chosen questions of imported documents that have no wrong options to offer. */
	withoutOptions = 0
): string[] {
	const problems: string[] = [];
	// A shipped question without options is typed on the student's side; an imported one travels
	// in the link, which promises options for every question of a multiple-choice assignment.
	if (settings.mode === 'choice' && withoutOptions > 0) {
		problems.push(
			withoutOptions === 1
				? 'One chosen question has no wrong options to choose from: ask for typed answers, or leave it out.'
				: `${withoutOptions} chosen questions have no wrong options to choose from: ask for typed answers, or leave them out.`
		);
	}
	const title = settings.title.trim();
	if (!title) problems.push('Give the assignment a title.');
	if (title.length > ASSIGNMENT_LIMITS.titleLength) {
		problems.push(`Keep the title under ${ASSIGNMENT_LIMITS.titleLength} characters.`);
	}
	if (settings.instructions.trim().length > ASSIGNMENT_LIMITS.instructionsLength) {
		problems.push(
			`Keep the instructions under ${ASSIGNMENT_LIMITS.instructionsLength} characters.`
		);
	}
	if (picked.length === 0) problems.push('Choose at least one question.');
	if (picked.length > ASSIGNMENT_LIMITS.items) {
		problems.push(`Choose at most ${ASSIGNMENT_LIMITS.items} questions.`);
	}
	const limit = settings.timeLimitMin;
	if (
		limit !== null &&
		(!Number.isInteger(limit) || limit < 1 || limit > ASSIGNMENT_LIMITS.timeLimitMin)
	) {
		problems.push(
			`The time limit must be a whole number of minutes from 1 to ${ASSIGNMENT_LIMITS.timeLimitMin}.`
		);
	}
	if (settings.due && !/^\d{4}-\d{2}-\d{2}$/.test(settings.due)) {
		problems.push('The due date must be a date.');
	}
	for (const id of picked) {
		const edit = edits[id];
		if (edit !== undefined && edit.trim().length > ASSIGNMENT_LIMITS.promptLength) {
			problems.push(`Keep each question under ${ASSIGNMENT_LIMITS.promptLength} characters.`);
			break;
		}
	}
	return problems;
}

/**
 * The assignment to publish: picked questions in the order given, with the teacher's rewording
 * where it differs from the bank's prompt. Questions of shipped banks travel by id; questions of
 * documents imported on this device (`imported`, by document id) travel whole with their
 * paragraph, since no other copy of the app has them. Empty optional fields are left out.
 */
export function buildAssignment(input: {
	id: string;
	teacherKey: string;
	settings: BuilderSettings;
	picked: readonly Question[];
	edits: Readonly<Record<string, string>>;
	banks?: readonly Bank[];
	imported?: ReadonlySet<string>;
}): Assignment {
	const { settings } = input;
	const carried = new Map<string, { paragraph: Paragraph; documentTitle: string }>();
	for (const bank of input.banks ?? []) {
		if (!input.imported?.has(bank.document.id)) continue;
		const paragraphs = new Map(bank.document.paragraphs.map((p) => [p.id, p]));
		for (const question of bank.questions) {
			const paragraph = paragraphs.get(question.source.paragraph);
			if (paragraph) carried.set(question.id, { paragraph, documentTitle: bank.document.title });
		}
	}
	const items: AssignmentItem[] = input.picked.map((question) => {
		const edit = input.edits[question.id]?.trim();
		const reworded = edit && edit !== question.prompt ? edit : undefined;
		const whole = carried.get(question.id);
		if (whole) return { q: reworded ? { ...question, prompt: reworded } : question, ...whole };
		return reworded ? { ref: question.id, edit: { prompt: reworded } } : { ref: question.id };
	});
	const assignment: Assignment = {
		v: ASSIGNMENT_VERSION,
		id: input.id,
		title: settings.title.trim(),
		mode: settings.mode,
		shuffle: settings.shuffle,
		feedback: settings.feedback,
		items,
		teacherKey: input.teacherKey
	};
	const instructions = settings.instructions.trim();
	if (instructions) assignment.instructions = instructions;
	if (settings.due) assignment.due = settings.due;
	if (settings.timeLimitMin !== null) assignment.timeLimitMin = settings.timeLimitMin;
	return assignment;
}
