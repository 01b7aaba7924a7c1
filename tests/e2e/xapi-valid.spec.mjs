// Every xAPI statement shape the app can send to an LRS (contract 11 version 2), checked by an
// independent validator: Learning Locker's @learninglocker/xapi-validation 3.0.0 (pinned in
// package.json; Learning Locker's own conformance-tested checker), not our own code. The shapes
// are tests/golden/statements-v2.json, written from fixture events by the app's own statement
// builder (tests/statements.rs: each event and session end, without a launch, with a launch of
// the module and of another one, and the replay of completed/passed on a new registration). lrs.spec.mjs runs the same validator on what the app really
// sent to Ralph. The validator is first shown to refuse broken statements, so a pass means
// something.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { xapiProblems } from './xapi-check.mjs';

const golden = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../golden/statements-v2.json');
const shapes = JSON.parse(fs.readFileSync(golden, 'utf8'));

test('the validator refuses broken statements (a control: it can fail)', () => {
  const good = shapes['answered single, no launch'];
  expect(xapiProblems(good)).toEqual([]);
  const broken = [
    ['a duration that is not ISO 8601', { ...good, result: { ...good.result, duration: '12 detik' } }],
    ['an unknown interaction type', { ...good, object: { ...good.object, definition: { ...good.object.definition, interactionType: 'pilihan' } } }],
    ['no actor', Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'actor'))],
    ['a verb that is not an IRI', { ...good, verb: { ...good.verb, id: 'menjawab' } }],
    ['a statement id that is not a UUID', { ...good, id: '123' }],
    ['a language map with a bad tag', { ...good, object: { ...good.object, definition: { ...good.object.definition, name: { 'bahasa indonesia': 'x' } } } }],
  ];
  for (const [what, statement] of broken) {
    expect(xapiProblems(statement).length, what).toBeGreaterThan(0);
  }
});

test('every statement shape the app can send passes the independent validator', () => {
  const names = Object.keys(shapes);
  // 14 kinds (initialized, progressed, answered × 5 question types, completed, passed, failed,
  // attempted, scored, terminated, suspended) × 3 launch situations, and the replay on a new
  // registration (completed, passed: version 5 ids, the time it first happened).
  expect(names.length).toBe(44);
  expect(names.filter((n) => n.includes('replay')).map((n) => shapes[n].id.charAt(14))).toEqual(['5', '5']);
  const verbs = new Set(names.map((n) => shapes[n].verb.id.split('/').pop()));
  expect([...verbs].sort()).toEqual(['answered', 'attempted', 'completed', 'failed', 'initialized', 'passed',
    'progressed', 'scored', 'suspended', 'terminated']);
  const types = new Set(names.map((n) => shapes[n].object.definition.interactionType).filter(Boolean));
  expect([...types].sort()).toEqual(['choice', 'matching', 'sequencing', 'true-false']);
  const problems = Object.fromEntries(names.map((n) => [n, xapiProblems(shapes[n])]).filter(([, p]) => p.length));
  expect(problems).toEqual({});
});
