// A judging sheet: questions drawn at random from some banks, each with everything a judge needs
// to give a verdict by the rubric (prompt, answers, wrong options, evidence, paragraph) and nothing
// that would sway the verdict.
import { createRandom, shuffle } from '../src/lib/core/random.ts';
import type { Bank, Question } from '../src/lib/core/questions/types.ts';
import { chooseMode } from '../src/lib/core/study/plan.ts';

/** How the app first asks a question, in words a judge reads. */
const ASKED_AS = {
	choice: 'multiple choice (the answer among the wrong options)',
	typed: 'typed answer (no options shown)',
	flip: 'flip card (the student recalls, then sees the answer and grades themselves)'
} as const;

export interface DrawnQuestion {
	bank: Bank;
	question: Question;
}

/**
 * Draws `size` questions with a seeded random order, spread evenly across the banks: each bank gives
 * the same share (the remainder going to banks picked at random), and a bank with too few questions
 * leaves its shortfall to the others. Within a bank the drawn questions keep the bank's order.
 */
export function drawSample(banks: readonly Bank[], size: number, seed: string): DrawnQuestion[] {
	const random = createRandom(seed);
	const shares = new Map<Bank, number>(banks.map((b) => [b, 0]));
	let left = Math.min(
		size,
		banks.reduce((n, b) => n + b.questions.length, 0)
	);
	const order = shuffle(banks, random);
	while (left > 0) {
		const open = order.filter((b) => (shares.get(b) ?? 0) < b.questions.length);
		const each = Math.max(1, Math.floor(left / open.length));
		for (const b of open) {
			if (left === 0) break;
			const give = Math.min(each, b.questions.length - (shares.get(b) ?? 0), left);
			shares.set(b, (shares.get(b) ?? 0) + give);
			left -= give;
		}
	}
	return banks.flatMap((bank) => {
		const chosen = new Set(shuffle(bank.questions, random).slice(0, shares.get(bank) ?? 0));
		return bank.questions.filter((q) => chosen.has(q)).map((question) => ({ bank, question }));
	});
}

export interface SheetHeader {
	seed: string;
	commit: string;
	generatorVersion: string;
}

/** The sheet as Markdown: a header, one numbered section per question, then a verdict table to fill. */
export function renderSheet(drawn: readonly DrawnQuestion[], header: SheetHeader): string {
	const lines: string[] = [
		'# Judging sheet',
		'',
		`- Seed: ${header.seed}`,
		`- Commit: ${header.commit}`,
		`- Generator version: ${header.generatorVersion}`,
		`- Documents: ${[...new Set(drawn.map((d) => d.bank.document.title))].join('; ')}`,
		`- Questions: ${drawn.length}`,
		''
	];
	drawn.forEach(({ bank, question: q }, i) => {
		const paragraph = bank.document.paragraphs.find((p) => p.id === q.source.paragraph);
		const text = paragraph?.text ?? '';
		lines.push(`## ${i + 1}. ${bank.document.title} (${q.id})`, '');
		lines.push(`- Kind: ${q.kind}`);
		lines.push(`- Prompt: ${q.prompt}`);
		lines.push(`- Answer: ${q.answer}`);
		if (q.accept?.length) lines.push(`- Also accepted: ${q.accept.join('; ')}`);
		lines.push(`- Asked as: ${ASKED_AS[chooseMode(q, undefined, 'auto')]}`);
		lines.push(`- Wrong options: ${q.distractors.length ? q.distractors.join('; ') : 'none'}`);
		lines.push('', 'Evidence sentence:', '', quote(text.slice(q.source.start, q.source.end)), '');
		lines.push(
			paragraph?.heading ? `Paragraph (section "${paragraph.heading}"):` : 'Paragraph:',
			'',
			quote(text),
			''
		);
	});
	lines.push('## Verdicts', '', '| # | Question | Verdict (A/E/W) | Tags | Reason |');
	lines.push('|---|---|---|---|---|');
	drawn.forEach(({ question }, i) => lines.push(`| ${i + 1} | ${question.id} |  |  |  |`));
	return `${lines.join('\n')}\n`;
}

function quote(text: string): string {
	return text
		.trim()
		.split('\n')
		.map((line) => `> ${line}`)
		.join('\n');
}
