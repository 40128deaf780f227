// Everything the app stores goes through these functions; nothing else imports dexie.
export { getDb, useDatabase } from './db.ts';
export { UPGRADED_ELSEWHERE } from './events.ts';
export { announceChange, onDataChange, type DataTopic } from './changes.ts';
export {
	StudyDB,
	DB_NAME,
	type AttemptRecord,
	type DayRecord,
	type DocumentCount,
	type ImportedDocumentRecord,
	type PublishedRecord,
	type ReceiptRecord,
	type TeacherKeyRecord,
	type Tally
} from './study-db.ts';
export {
	recordAnswer,
	undoLastAnswer,
	getLastAnswer,
	findAnswer,
	getCard,
	getCards,
	type AnswerInput,
	type QuestionRef
} from './answers.ts';
export {
	getTodayQueue,
	countDueCards,
	getDocumentCounts,
	getDueCardsOf,
	syncDocumentCards,
	type DocumentCounts,
	type DocumentQuestions,
	type TodayQueue,
	type QueueOptions
} from './queue.ts';
export { getDays, getDueForecast, getStreak } from './stats.ts';
export {
	listImportedBanks,
	saveImportedBank,
	saveCarriedBank,
	deleteImportedDocument
} from './documents.ts';
// Assigned quizzes live in teaching.ts and attempts.ts, imported directly: they pull in the link
// and receipt code, which the study screens should not have to load.
