import { expect, test } from 'vitest';
import { gradeTypedAnswer } from './grade-answer.ts';
import { givenNamesFit, readName } from './names.ts';

type Outcome = 'right' | 'slip' | 'wrong';

function outcome(
	answer: string,
	reply: string,
	accept?: string[],
	distractors: string[] = [],
	known: string[] = []
): Outcome {
	const result = gradeTypedAnswer({ kind: 'actor', answer, accept, distractors }, reply, { known });
	if (!result.correct) return 'wrong';
	return result.slip ? 'slip' : 'right';
}

test('names are read into given names and a surname', () => {
	expect(readName('President George W. Bush Jr.')).toMatchObject({
		given: ['george', 'w'],
		surname: 'bush',
		person: true,
		titled: true
	});
	expect(readName('Moqtada al-Sadr')).toMatchObject({
		bare: 'moqtada sadr',
		surname: 'sadr',
		particleSurname: 'al sadr'
	});
	expect(readName('Ferdinand de Lesseps').particleSurname).toBe('de lesseps');
	expect(readName('David Lloyd-George').surname).toBe('lloyd george');
	expect(readName('Prime Minister Nouri al-Maliki').bare).toBe('nouri maliki');
	expect(readName('Secretary of State Colin Powell').bare).toBe('colin powell');
	expect(readName('State Department')).toMatchObject({ bare: 'state department', person: false });
	expect(readName('Department of Defense').person).toBe(false);
	expect(readName('President').bare).toBe('president');
});

test.each<[string[], string[], number | undefined]>([
	[['george', 'w'], ['george', 'w'], 0],
	[['g', 'w'], ['george', 'w'], 0],
	[['gw'], ['george', 'w'], 0],
	[['george'], ['george', 'w'], 0],
	[['w'], ['george', 'w'], 0],
	[[], ['george', 'w'], 0],
	[['george', 'walker'], ['george', 'w'], 0],
	[['george', 'h', 'w'], ['george', 'w'], undefined],
	[['jeb'], ['george', 'w'], undefined],
	[['w', 'george'], ['george', 'w'], undefined]
])('given names %j fit %j: %j', (reply, answer, expected) => {
	expect(givenNamesFit(reply, answer)).toBe(expected);
});

test.each<[string, string, Outcome]>([
	// Full names, surnames, titles, initials.
	['Paul Bremer', 'Paul Bremer', 'right'],
	['Paul Bremer', 'PAUL BREMER', 'right'],
	['Paul Bremer', 'Bremer', 'right'],
	['Paul Bremer', 'Mr Bremer', 'right'],
	['Paul Bremer', 'Ambassador Paul Bremer', 'right'],
	['Paul Bremer', 'P. Bremer', 'right'],
	['Martin Luther King Jr', 'Martin Luther King', 'right'],
	['Martin Luther King Jr', 'Martin Luther King Jr.', 'right'],
	['Martin Luther King Jr', 'M. L. King', 'right'],
	['Martin Luther King Jr', 'King', 'right'],
	['Stanley McChrystal', 'Stan McChrystal', 'right'],
	['Stanley McChrystal', 'Mc Chrystal', 'right'],
	['Paul Bremer', 'Bremer, Paul', 'right'],
	['George W Bush', 'Bush, George W.', 'right'],
	['Paul Bremer', 'paulbremer', 'right'],
	['George W Bush', 'George W. Bush', 'right'],
	['George W Bush', 'G.W. Bush', 'right'],
	['George W Bush', 'GW Bush', 'right'],
	['George W Bush', 'George Bush', 'right'],
	['George W Bush', 'W. Bush', 'right'],
	['George W Bush', 'President Bush', 'right'],
	['George W Bush', 'US President George W Bush', 'right'],
	['George W Bush', 'George Walker Bush', 'right'],
	['George W Bush', 'Bush', 'right'],
	['Barack Obama', 'President Obama', 'right'],
	['David Petraeus', 'General Petraeus', 'right'],
	['David Petraeus', 'Gen. Petraeus', 'right'],
	['David Petraeus', 'Gen David Petraeus', 'right'],
	['Mark A Milley', 'Mark Milley', 'right'],
	['Mark A Milley', 'Mark Alexander Milley', 'right'],
	['Mark A Milley', 'Milley', 'right'],
	['Colin Powell', 'Secretary of State Colin Powell', 'right'],
	['Tony Blair', 'Prime Minister Blair', 'right'],
	['Jack Straw', 'Foreign Secretary Jack Straw', 'right'],
	['Ali al-Sistani', 'Grand Ayatollah Sistani', 'right'],
	// Particles.
	['Moqtada al-Sadr', 'Sadr', 'right'],
	['Moqtada al-Sadr', 'al-Sadr', 'right'],
	['Moqtada al-Sadr', 'Al Sadr', 'right'],
	['Moqtada al-Sadr', 'Moqtada Sadr', 'right'],
	['Moqtada al-Sadr', 'Moqtada al Sadr', 'right'],
	['Moqtada al-Sadr', 'Sayyid Moqtada al-Sadr', 'right'],
	['Ferdinand de Lesseps', 'de Lesseps', 'right'],
	['Ferdinand de Lesseps', 'Lesseps', 'right'],
	['Ferdinand de Lesseps', 'De Lesseps', 'right'],
	['Nouri al-Maliki', 'Maliki', 'right'],
	['Nouri al-Maliki', 'Prime Minister Maliki', 'right'],
	['David Lloyd-George', 'Lloyd George', 'right'],
	['David Lloyd-George', 'Lloyd-George', 'right'],
	// Accents, apostrophes, Unicode.
	['Nouri al-Maliki', 'Nouri al-Mālikī', 'right'],
	['Nouri al-Maliki', 'Nouri al\u2011Maliki', 'right'],
	['Nouri al-Maliki', 'Ｍａｌｉｋｉ', 'right'],
	['Paul O’Neill', "O'Neill", 'right'],
	['Paul O’Neill', 'ONeill', 'right'],
	['Paul O’Neill', 'O Neill', 'right'],
	['Hassan Juma’a', "Juma'a", 'right'],
	['Hassan Juma’a', 'Jumaa', 'right'],
	['José Martí', 'Jose Marti', 'right'],
	// Typos: a slip.
	['Paul Bremer', 'Bremmer', 'slip'],
	['Paul Bremer', 'Mr Bremmer', 'slip'],
	['Paul Bremer', 'Pual Bremer', 'slip'],
	['Robert Fisk', 'Robet Fisk', 'slip'],
	['David Petraeus', 'Petreaus', 'slip'],
	['David Petraeus', 'Patraeus', 'slip'],
	['Moqtada al-Sadr', 'Muqtada al-Sadr', 'slip'],
	['Nouri al-Maliki', 'Nuri al-Maliki', 'slip'],
	['Nouri al-Maliki', 'Malki', 'slip'],
	['Qasem Soleimani', 'Suleimani', 'slip'],
	['Qasem Soleimani', 'Soliemani', 'slip'],
	['Condoleezza Rice', 'Condoleeza Rice', 'slip'],
	['Ferdinand de Lesseps', 'Lessep', 'slip'],
	['Paul O’Neill', 'Oneil', 'slip'],
	['Mark A Milley', 'Milly', 'slip'],
	// Wrong, however close.
	['Paul Bremer', 'Paul', 'wrong'],
	['Paul Bremer', 'John Bremer', 'wrong'],
	['Paul Bremer', 'Brennan', 'wrong'],
	['Paul Bremer', 'Brenner', 'wrong'],
	['Paul Bremer', 'Paul Brenner', 'wrong'],
	['Paul Bremer', 'Cremer', 'wrong'],
	['Paul Bremer', 'Bremer Paul', 'wrong'],
	['Paul Bremer', 'Bremer was', 'wrong'],
	['Paul Bremer', 'Mr', 'wrong'],
	['Paul Bremer', 'Paul Bremer III', 'wrong'],
	['Paul Bremer', 'Bremer, John', 'wrong'],
	['George W Bush', 'G Bush Sr', 'wrong'],
	['George W Bush', 'Bush Sr.', 'wrong'],
	['Martin Luther King Jr', 'Martin Luther King Sr', 'wrong'],
	['Stanley McChrystal', 'St McChrystal', 'wrong'],
	['George W Bush', 'George', 'wrong'],
	['George W Bush', 'George H.W. Bush', 'wrong'],
	['George W Bush', 'Jeb Bush', 'wrong'],
	['George W Bush', 'Laura Bush', 'wrong'],
	['George W Bush', 'Busch', 'wrong'],
	['George W Bush', 'Rush', 'wrong'],
	['George W Bush', 'Bush Junior', 'wrong'],
	['Robert Fisk', 'Risk', 'wrong'],
	['Robert Fisk', 'Fiske', 'wrong'],
	['Robert Fisk', 'Robert', 'wrong'],
	['Saddam Hussein', 'Saddam', 'wrong'],
	['Saddam Hussein', 'Hussain Saddam', 'wrong'],
	['Moqtada al-Sadr', 'Moqtada', 'wrong'],
	['Moqtada al-Sadr', 'Sadir', 'wrong'],
	['Moqtada al-Sadr', 'al', 'wrong'],
	['Ferdinand de Lesseps', 'Ferdinand', 'wrong'],
	['Ferdinand de Lesseps', 'de', 'wrong'],
	['David Lloyd-George', 'George', 'wrong'],
	['Paul O’Neill', "O'Neal", 'wrong'],
	['Mark A Milley', 'Mark B Milley', 'wrong'],
	['David Petraeus', 'David', 'wrong'],
	['David Petraeus', 'Betraeus', 'wrong']
])('actor %j, reply %j: %s', (answer, reply, expected) => {
	expect(outcome(answer, reply)).toBe(expected);
});

test.each<[string, string, Outcome]>([
	['Federation of Iraqi Workers', 'Federation of Iraqi Workers', 'right'],
	['Federation of Iraqi Workers', 'the Federation of Iraqi Workers', 'right'],
	['Federation of Iraqi Workers', 'Federation of Iraqi Worker', 'slip'],
	['Federation of Iraqi Workers', 'Iraqi Workers', 'wrong'],
	['Department of Defense', 'Department of Defence', 'slip'],
	['Department of Defense', 'Defense', 'wrong'],
	['Department of Defense', 'Department', 'wrong'],
	['State Department', 'Department', 'wrong'],
	['State Department', 'the State Department', 'right'],
	['White House', 'The White House', 'right'],
	['White House', 'House', 'wrong'],
	['Human Rights Watch', 'Watch', 'wrong'],
	['President', 'the President', 'right'],
	['President', 'Presidnt', 'slip'],
	['Public Law 150', 'Public Law 151', 'wrong'],
	['Public Law 150', 'Public Law 15', 'wrong'],
	['Public Law 150', 'Pubic Law 150', 'slip']
])('organisation %j, reply %j: %s', (answer, reply, expected) => {
	expect(outcome(answer, reply)).toBe(expected);
});

test.each<[string, string[], string, Outcome]>([
	['Robert Fisk', ['Fisk'], 'Fisk', 'right'],
	['Abu Ghraib', ['Ghraib'], 'Ghraib', 'right'],
	['Abu Ghraib', ['Ghraib'], 'Abu', 'wrong'],
	['Public Law 150', ['150'], '150', 'right'],
	['Public Law 150', ['150'], '151', 'wrong'],
	['Federation of Iraqi Workers', ['Workers'], 'Workers', 'right'],
	['Muqtada Al-Sadr', ['Moqtada al-Sadr', 'Al-Sadr'], 'Moqtada al-Sadr', 'right'],
	['Muqtada Al-Sadr', ['Moqtada al-Sadr', 'Al-Sadr'], 'Moqtada', 'wrong'],
	['Bashar al-Assad', ['Assad'], 'Asad', 'slip'],
	['Bashar al-Assad', ['Assad'], 'Asa', 'wrong'],
	['Bashar al-Assad', ['Assad'], 'Bashar', 'wrong'],
	['Kata’ib Hezbollah', ['Hezbollah'], 'Hizbollah', 'slip'],
	['Kata’ib Hezbollah', ['Hezbollah'], "Kata'ib Hezbollah", 'right']
])('actor %j accepting %j, reply %j: %s', (answer, accept, reply, expected) => {
	expect(outcome(answer, reply, accept)).toBe(expected);
});

test.each<[string, string[], string[], string, Outcome]>([
	// A known name typed is that name, not a typo of the answer.
	['Nouri al-Maliki', [], ['Malik'], 'Malik', 'wrong'],
	['Nouri al-Maliki', [], ['Malik'], 'Malki', 'wrong'],
	['Nouri al-Maliki', [], ['Malik'], 'Maliky', 'wrong'],
	['Nouri al-Maliki', [], ['Malik'], 'Nouri Malki', 'wrong'],
	['Nouri al-Maliki', [], ['Malik'], 'Maliki', 'right'],
	['Nouri al-Maliki', [], ['Malik'], 'Nouri al-Maliki', 'right'],
	['Nouri al-Maliki', [], ['Malik'], 'Malikki', 'slip'],
	['Paul Bremer', [], ['Paul Bremen'], 'Bremen', 'wrong'],
	['Paul Bremer', [], ['Paul Bremen'], 'Paul Bremen', 'wrong'],
	['Paul Bremer', [], ['Paul Bremen'], 'Bremmer', 'slip'],
	['Tommy Franks', [], ['Barney Frank'], 'Frank', 'wrong'],
	['Tommy Franks', [], ['Barney Frank'], 'Franks', 'right'],
	['Qasem Soleimani', [], ['Qasem Suleimani'], 'Suleimani', 'wrong'],
	['Hassan Juma’a', ['Ahmed Chalabi', 'Hassan Jumah'], [], 'Jumah', 'wrong'],
	['Hassan Juma’a', ['Ahmed Chalabi', 'Hassan Jumah'], [], 'Hassan Jumah', 'wrong'],
	['Hassan Juma’a', ['Ahmed Chalabi', 'Hassan Jumah'], [], 'Jumaa', 'right'],
	['Nouri al-Maliki', ['Ayad Allawi', 'Ibrahim al-Jaafari'], [], 'Jaafari', 'wrong'],
	['Nouri al-Maliki', ['Ayad Allawi', 'Ibrahim al-Jaafari'], [], 'Ayad Allawi', 'wrong'],
	['Nouri al-Maliki', ['Ayad Allawi', 'Ibrahim al-Jaafari'], [], 'Allawi', 'wrong'],
	// Someone with the answer's surname is the answer spelt otherwise, or told apart by given names.
	['Nuri al-Maliki', [], ['Nouri al-Maliki'], 'Nouri al-Maliki', 'slip'],
	['George W Bush', [], ['Jeb Bush'], 'Gorge W Bush', 'slip'],
	['George W Bush', [], ['Jeb Bush'], 'Jeb Bush', 'wrong'],
	['Rush', [], ['Bush'], 'Bush', 'wrong'],
	['Rush', [], ['Bush'], 'Rush', 'right'],
	['Maliki', [], ['Malik'], 'Malik', 'wrong'],
	['Malik', [], ['Maliki'], 'Maliki', 'wrong'],
	['Malik', [], ['Maliki'], 'Malick', 'slip'],
	// Names that are far apart do not block each other.
	['Paul Bremer', ['Dick Cheney', 'Farouk Sadiq'], ['Brennan'], 'Bremmer', 'slip'],
	// The answer appearing among known names changes nothing.
	['Paul Bremer', [], ['Paul Bremer', 'Bremer'], 'Bremer', 'right'],
	['Paul Bremer', [], ['Paul Bremer', 'Bremer'], 'Bremmer', 'slip']
])(
	'actor %j, distractors %j, known %j, reply %j: %s',
	(answer, distractors, known, reply, expected) => {
		expect(outcome(answer, reply, undefined, distractors, known)).toBe(expected);
	}
);

test('a surname two options share needs the full name', () => {
	const distractors = ['George H W Bush', 'Bill Clinton'];
	expect(gradeTypedAnswer({ kind: 'actor', answer: 'George W Bush', distractors }, 'Bush')).toEqual(
		{ correct: false, slip: false, note: 'More than one name fits: give the full name' }
	);
	expect(outcome('George W Bush', 'George W Bush', undefined, distractors)).toBe('right');
	expect(outcome('George W Bush', 'George H W Bush', undefined, distractors)).toBe('wrong');
	// Unless the bank itself accepts the surname.
	expect(outcome('George W Bush', 'Bush', ['Bush'], distractors)).toBe('right');
});

test('notes for names', () => {
	const question = { kind: 'actor' as const, answer: 'Saddam Hussein', distractors: [] };
	expect(gradeTypedAnswer(question, 'Saddam').note).toBe('A first name alone is not enough');
	expect(gradeTypedAnswer(question, 'Husein').note).toBe('Accepted despite a typo');
	expect(gradeTypedAnswer(question, 'Hussein')).toEqual({ correct: true, slip: false });
	expect(gradeTypedAnswer(question, 'Hussain', { known: ['Hussain'] }).note).toBe(
		'Too close to another name to count as a typo'
	);
});
