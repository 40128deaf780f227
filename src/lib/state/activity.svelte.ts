/** What the learner is in the middle of, so nothing interrupts it (an update, for one). */
class Activity {
	inQuiz = $state(false);
}

export const activity = new Activity();
