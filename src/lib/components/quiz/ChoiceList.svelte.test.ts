import { flushSync, mount, unmount } from 'svelte';
import { afterEach, expect, test } from 'vitest';
import ChoiceList from './ChoiceList.svelte';

const mounted: { component: ReturnType<typeof mount>; target: HTMLElement }[] = [];

afterEach(() => {
	for (const { component, target } of mounted.splice(0)) {
		unmount(component);
		target.remove();
	}
});

/** The options' texts as shown. */
function render(props: { choices: string[]; answer: string; chosen?: string }): string[] {
	const target = document.body.appendChild(document.createElement('div'));
	const component = mount(ChoiceList, { target, props: { ...props, onchoose: () => {} } });
	mounted.push({ component, target });
	flushSync();
	return [...target.querySelectorAll('button')].map((b) => b.textContent ?? '');
}

// A question saved before repeated options were refused can still reach the screen.
test('options that repeat a text are each shown', () => {
	expect(render({ choices: ['Paris', 'Lyon', 'Lyon'], answer: 'Paris' })).toHaveLength(3);
});

test('options that repeat a text are each shown once answered', () => {
	const shown = render({ choices: ['Paris', 'Lyon', 'Lyon'], answer: 'Paris', chosen: 'Lyon' });
	expect(shown).toHaveLength(3);
	expect(shown[0]).toContain('Correct answer');
});
