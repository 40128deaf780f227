import { describe, expect, test } from 'vitest';
import {
	isGivenName,
	kilometresBetween,
	isLanguage,
	lookupDemonym,
	lookupPlace,
	peerLanguages,
	peerPlaces
} from './world.ts';

describe('lookupPlace', () => {
	test.each([
		['the United States', 'country', 'United States'],
		['U.S.', 'country', 'United States'],
		['USA', 'country', 'United States'],
		['United States of America', 'country', 'United States'],
		['UK', 'country', 'United Kingdom'],
		['Great Britain', 'country', 'United Kingdom'],
		["People's Republic of China", 'country', 'China'],
		['germany', 'country', 'Germany'],
		['New York City', 'settlement', 'New York City'],
		['Krakow', 'settlement', 'Kraków'],
		['Nairobi', 'settlement', 'Nairobi'],
		['Manchester', 'settlement', 'Manchester'],
		['Texas', 'region', 'Texas'],
		['Queensland', 'region', 'Queensland'],
		['Africa', 'continent', 'Africa'],
		['South America', 'continent', 'South America'],
		['the Atlantic', 'water', 'Atlantic Ocean'],
		['Red Sea', 'water', 'Red Sea'],
		['Middle East', 'region', 'Middle East']
	])('%s is a %s (%s)', (name, sort, canonical) => {
		expect(lookupPlace(name)).toMatchObject({ sort, name: canonical });
	});

	test.each(['us', 'the', 'Reformation', 'Smith', ''])('%s is no place', (name) => {
		expect(lookupPlace(name)).toBeUndefined();
	});

	test('a capital knows its country and size', () => {
		expect(lookupPlace('Nairobi')).toMatchObject({
			country: 'Kenya',
			subregion: 'Eastern Africa',
			capital: true
		});
		expect(lookupPlace('Nairobi')?.population).toBeGreaterThan(1_000_000);
	});
});

describe('lookupDemonym', () => {
	test.each([
		['French', 'France'],
		['Frenchmen', 'France'],
		['Polish', 'Poland'],
		['Poles', 'Poland'],
		['Kenyans', 'Kenya'],
		['Germans', 'Germany'],
		['Chinese', 'China'],
		['American', 'United States']
	])('%s -> %s', (word, country) => {
		expect(lookupDemonym(word)).toEqual({ country });
	});

	test.each(['Paris', 'government', 'Martin'])('%s is no demonym', (word) => {
		expect(lookupDemonym(word)).toBeUndefined();
	});
});

describe('names and languages', () => {
	test.each([
		['Elizabeth', true],
		['john', true],
		['Margaret', true],
		['Government', false],
		['Berlin', false]
	])('isGivenName(%s) = %s', (word, expected) => {
		expect(isGivenName(word)).toBe(expected);
	});

	test.each([
		['Swahili', true],
		['Polish', true],
		['Latin', true],
		['German language', true],
		['Kenya', false],
		['Lutheranism', false]
	])('isLanguage(%s) = %s', (word, expected) => {
		expect(isLanguage(word)).toBe(expected);
	});
});

describe('peerPlaces', () => {
	test.each([
		['Kenya', 'country'],
		['France', 'country'],
		['Kraków', 'settlement'],
		['Texas', 'region'],
		['Africa', 'continent'],
		['Pacific Ocean', 'water']
	])('peers of %s are other places of its sort', (name, sort) => {
		const peers = peerPlaces(name, 3);
		expect(peers).toHaveLength(3);
		for (const p of peers) {
			expect(lookupPlace(p)?.sort).toBe(sort);
			expect(lookupPlace(p)?.name).not.toBe(lookupPlace(name)?.name);
		}
	});

	test('a country is offered against its neighbours first', () => {
		expect(peerPlaces('France', 3)).toEqual(expect.arrayContaining(['Germany']));
	});

	test('a microstate is no peer of a large country', () => {
		expect(peerPlaces('Spain', 8)).not.toContain('Andorra');
		expect(peerPlaces('France', 8)).not.toContain('Monaco');
	});

	test('a city is offered against cities of its own country', () => {
		for (const p of peerPlaces('Nairobi', 3)) expect(lookupPlace(p)?.country).toBe('Kenya');
	});

	test('a state is offered against states of its own country', () => {
		for (const p of peerPlaces('Texas', 4)) expect(lookupPlace(p)?.country).toBe('United States');
	});

	test('peers are deterministic and never the place itself', () => {
		expect(peerPlaces('the United States', 5)).toEqual(peerPlaces('USA', 5));
		expect(peerPlaces('the United States', 5)).not.toContain('United States');
		expect(peerPlaces('Nowhere At All', 3)).toEqual([]);
	});
});

describe('peerLanguages', () => {
	test('languages of the same part of the world come first', () => {
		expect(peerLanguages('Polish', 3)).toEqual(expect.arrayContaining(['Czech']));
	});

	test('a language with no area gets widely known ones, never itself', () => {
		const peers = peerLanguages('Latin', 3);
		expect(peers).toHaveLength(3);
		expect(peers).not.toContain('Latin');
		expect(peers).toContain('English');
	});
});

test('settlements are placed on the map, to tell a neighbour from a far town', () => {
	const london = lookupPlace('London')?.at;
	expect(london?.[0]).toBeCloseTo(-0.1, 0);
	expect(london?.[1]).toBeCloseTo(51.5, 0);
	// Paris to London is about 340 km; Paris to Lyon about 390 km.
	expect(kilometresBetween('Paris', 'London')).toBeGreaterThan(300);
	expect(kilometresBetween('Paris', 'London')).toBeLessThan(380);
	expect(kilometresBetween('Paris', 'Nowhereville')).toBeUndefined();
});
