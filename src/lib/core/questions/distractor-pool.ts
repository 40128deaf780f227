/**
 * Fallback options for documents too short to supply their own distractors: well-known people
 * tagged by role, and places. Only used after the document's own names run out.
 */
export const PERSON_POOL: { name: string; roles: string[] }[] = [
	{ name: 'Donald Rumsfeld', roles: ['defence', 'defense', 'secretary'] },
	{ name: 'Robert Gates', roles: ['defence', 'defense', 'secretary'] },
	{ name: 'Colin Powell', roles: ['secretary', 'state', 'general'] },
	{ name: 'Condoleezza Rice', roles: ['secretary', 'state', 'security', 'adviser'] },
	{ name: 'David Petraeus', roles: ['general', 'commander'] },
	{ name: 'Stanley McChrystal', roles: ['general', 'commander'] },
	{ name: 'Ray Odierno', roles: ['general', 'commander'] },
	{ name: 'George W Bush', roles: ['president'] },
	{ name: 'Barack Obama', roles: ['president'] },
	{ name: 'Bill Clinton', roles: ['president'] },
	{ name: 'Tony Blair', roles: ['minister', 'prime'] },
	{ name: 'Gordon Brown', roles: ['minister', 'prime'] },
	{ name: 'Geoff Hoon', roles: ['defence', 'secretary'] },
	{ name: 'John Reid', roles: ['defence', 'secretary'] },
	{ name: 'Ayad Allawi', roles: ['minister', 'prime'] },
	{ name: 'Ibrahim al-Jaafari', roles: ['minister', 'prime'] },
	{ name: 'Jalal Talabani', roles: ['president'] },
	{ name: 'Masoud Barzani', roles: ['president', 'leader'] },
	{ name: 'Saddam Hussein', roles: ['president', 'dictator'] },
	{ name: 'Dick Cheney', roles: ['vice', 'president'] },
	{ name: 'Paul Wolfowitz', roles: ['deputy', 'defense', 'secretary'] },
	{ name: 'Ahmed Chalabi', roles: ['leader', 'politician'] },
	{ name: 'Tommy Franks', roles: ['general', 'commander'] },
	{ name: 'Subhi al-Mashadani', roles: ['union', 'president'] },
	{ name: 'Falah Alwan', roles: ['union', 'president'] },
	{ name: 'Hashmeya Muhsin Hussein', roles: ['union', 'president'] },
	{ name: 'Paul Bremer', roles: ['envoy', 'administrator'] },
	{ name: 'Nouri al-Maliki', roles: ['minister', 'prime'] }
];

export const PLACE_POOL: string[] = [
	'Baghdad',
	'Basra',
	'Mosul',
	'Kirkuk',
	'Fallujah',
	'Najaf',
	'Karbala',
	'Tikrit',
	'Ramadi',
	'Damascus',
	'Amman',
	'Beirut',
	'Tehran',
	'Cairo'
];

/** Organisations by sort (see organisationSort). */
export const ORGANISATION_POOL: Record<string, string[]> = {
	media: [
		'The Guardian',
		'The Times',
		'The Washington Post',
		'The New York Times',
		'Al Jazeera',
		'CNN',
		'AFP',
		'Reuters'
	],
	company: ['Bechtel', 'Chevron', 'BP', 'Lockheed Martin', 'DynCorp'],
	'armed-group': [
		'Hezbollah',
		'Hamas',
		'Mahdi Army',
		'Ansar al-Islam',
		'Badr Brigade',
		'Republican Guard'
	],
	military: ['1st Armored Division', '3rd Infantry Division', '82nd Airborne Division'],
	party: ['Iraqi Communist Party', 'Dawa Party', 'Kurdistan Democratic Party'],
	union: ['General Federation of Iraqi Workers', 'Iraqi Teachers’ Union'],
	government: [
		'State Department',
		'National Security Council',
		'United Nations',
		'World Bank',
		'International Monetary Fund',
		'CIA',
		'NSA',
		'IMF'
	]
};
