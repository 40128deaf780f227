// The public face of assigned quizzes: what the UI imports. See README.md in this folder.
export {
	ASSIGNMENT_LIMITS,
	ASSIGNMENT_VERSION,
	AssignmentSchema,
	createAssignmentId,
	isImportedItem,
	itemOrder,
	pickRandom,
	resolveItems,
	validateAssignment,
	type AnswerMode,
	type Assignment,
	type AssignmentItem,
	type AssignmentValidation,
	type FeedbackTiming,
	type ImportedItem,
	type ResolveResult,
	type ResolvedItem,
	type ShippedItem
} from './assignment.ts';
export {
	ASSIGNMENT_PATH,
	MAX_LINK_CHARS,
	MAX_PAYLOAD_BYTES,
	decodeAssignmentLink,
	encodeAssignmentFragment,
	encodeAssignmentLink,
	sameAssignment,
	type LinkDecodeResult,
	type LinkError
} from './link-codec.ts';
export {
	RECEIPT_PATH,
	RECEIPT_VERSION,
	createReceiptId,
	encodeReceiptLink,
	exportPublicKey,
	extractSealed,
	generateTeacherKeys,
	makeReceipt,
	openReceipt,
	readReceiptAssignmentId,
	sealReceipt,
	type OpenResult,
	type Receipt,
	type ReceiptAnswer,
	type ReceiptError
} from './receipt.ts';
export {
	collectReceipts,
	splitReceiptText,
	type CollectProblem,
	type CollectResult
} from './collect.ts';
export { keyFingerprint } from './fingerprint.ts';
// The QR decoder (qr-scan.ts) is left out on purpose: it is large, so the UI imports it lazily.
export { QR_ECC, encodeQr, qrToSvgPath, type QrMatrix } from './qr.ts';
export { randomBytes, type CryptoKeyLike, type CryptoKeyPairLike } from './crypto-types.ts';
