import { DEFAULT_RETENTION } from '$core/scheduling/schedule.ts';

export type AnswerModePreference = 'auto' | 'choice' | 'typed';

export interface StudySettings {
	/** The share of reviews FSRS aims to have the learner get right. */
	desiredRetention: number;
	/** New questions introduced per day, across all documents. */
	newPerDay: number;
	/** auto: multiple choice while a card is new, typed once it is known; causes always flip. */
	answerMode: AnswerModePreference;
}

export const DEFAULT_SETTINGS: StudySettings = {
	desiredRetention: DEFAULT_RETENTION,
	newPerDay: 20,
	answerMode: 'auto'
};

export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;
export const NEW_PER_DAY_RANGE = { min: 0, max: 200 } as const;

const KEY = 'footnote:settings';

function clamp(value: unknown, range: { min: number; max: number }, fallback: number): number {
	const n = Number(value);
	return Number.isFinite(n) ? Math.min(range.max, Math.max(range.min, n)) : fallback;
}

/** Reads stored settings defensively: anything missing or out of range falls back to a default. */
export function parseSettings(raw: string | null): StudySettings {
	let data: Partial<StudySettings> = {};
	try {
		data = raw ? JSON.parse(raw) : {};
	} catch {
		// A damaged entry is replaced by the defaults rather than breaking the app.
	}
	return {
		desiredRetention: clamp(
			data.desiredRetention,
			RETENTION_RANGE,
			DEFAULT_SETTINGS.desiredRetention
		),
		newPerDay: Math.round(clamp(data.newPerDay, NEW_PER_DAY_RANGE, DEFAULT_SETTINGS.newPerDay)),
		answerMode: (['auto', 'choice', 'typed'] as const).includes(
			data.answerMode as AnswerModePreference
		)
			? (data.answerMode as AnswerModePreference)
			: DEFAULT_SETTINGS.answerMode
	};
}

/** Study preferences, kept in localStorage and kept in step across open tabs. */
class Settings {
	#value = $state<StudySettings>({ ...DEFAULT_SETTINGS });
	/** Why the last change could not be stored; it still applies in this tab. */
	saveError = $state<string | null>(null);

	constructor() {
		// Read once, before anything renders: reading state must never write it.
		if (typeof localStorage === 'undefined') return;
		this.#value = parseSettings(localStorage.getItem(KEY));
		// A change in another tab applies here at once; a null key means its storage was cleared.
		window.addEventListener('storage', (event) => {
			if (event.key === KEY || event.key === null) {
				this.#value = parseSettings(localStorage.getItem(KEY));
			}
		});
	}

	get current(): StudySettings {
		return this.#value;
	}

	update(changes: Partial<StudySettings>) {
		this.#value = parseSettings(JSON.stringify({ ...this.#value, ...changes }));
		try {
			localStorage.setItem(KEY, JSON.stringify(this.#value));
			this.saveError = null;
		} catch (error) {
			console.error(error);
			// Loaded only when saving fails: every screen reads the settings.
			void import('$lib/db/storage-errors.ts').then(({ describeStorageError }) => {
				this.saveError = `${describeStorageError(error, {
					what: 'this change',
					retry: 'change the setting again'
				})} Until then it applies in this tab only.`;
			});
		}
	}
}

export const settings = new Settings();
