import { expect, test } from 'vitest';
import { MESSAGES } from './callback-rules';
import { toSetCallbackData } from './schedule-callback';
import { issues, parse, valid, ZONE } from '../test/callback-rules-setup';

/** The rules of each field but the window: the call and agent, the callback mode, lead score, target amount and comments. */

test('the agent ID is required, and blanks do not count', () => {
  expect(issues(valid({ userId: '' }))).toEqual([`userId: ${MESSAGES.userId}`]);
  expect(issues(valid({ userId: '   ' }))).toEqual([`userId: ${MESSAGES.userId}`]);
});

test('a form without a call cannot be valid', () => {
  expect(issues(valid({ callid: '' }))).toEqual([`callid: ${MESSAGES.callid}`]);
});

test('the callback mode is required', () => {
  expect(issues(valid({ modeId: '' }))).toEqual([`modeId: ${MESSAGES.modeRequired}`]);
  expect(issues(valid({ modeId: '' }), { modes: null })).toEqual([`modeId: ${MESSAGES.modeRequired}`]);
});

test('the mode must be one the host offered when it sent modes', () => {
  expect(issues(valid({ modeId: '1' }))).toEqual([]);
  expect(issues(valid({ modeId: '2' }))).toEqual([`modeId: ${MESSAGES.modeNotOffered}`]);
});

test('a typed mode ID must be a whole number when the host sent no modes', () => {
  for (const modes of [null, []]) {
    expect(issues(valid({ modeId: '7' }), { modes })).toEqual([]);
    expect(issues(valid({ modeId: '1.5' }), { modes })).toEqual([`modeId: ${MESSAGES.modeNumber}`]);
    expect(issues(valid({ modeId: '-1' }), { modes })).toEqual([`modeId: ${MESSAGES.modeNumber}`]);
    expect(issues(valid({ modeId: 'mobile' }), { modes })).toEqual([`modeId: ${MESSAGES.modeNumber}`]);
  }
});

test('the lead score is a whole number from 0 to 100', () => {
  expect(issues(valid({ leadScore: '0' }))).toEqual([]);
  expect(issues(valid({ leadScore: '100' }))).toEqual([]);
  for (const leadScore of ['-1', '101', '5.5', '', '  ', 'high']) {
    expect(issues(valid({ leadScore })), leadScore).toEqual([`leadScore: ${MESSAGES.leadScore}`]);
  }
});

test('the target amount accepts 0, cents and the maximum', () => {
  for (const targetAmount of ['0', '1250.5', '1250.50', '999999999.99', '.5', '10', '100.00']) {
    expect(issues(valid({ targetAmount })), targetAmount).toEqual([]);
  }
});

test('trailing zeros are not decimals of meaning: 1.230 is sent as 1.23', () => {
  const result = parse(valid({ targetAmount: '1.230' }));
  if (!result.success) throw new Error('expected 1.230 to be accepted');
  expect(toSetCallbackData(result.data, ZONE).TargetAmount).toBe(1.23);
  expect(issues(valid({ targetAmount: '1.2300000' }))).toEqual([]);
  expect(issues(valid({ targetAmount: '1.2301' }))).toEqual([`targetAmount: ${MESSAGES.targetDecimals}`]);
});

test('the target amount rejects blanks, negatives, a third decimal, text and values over the maximum', () => {
  const cases: [string, string][] = [
    ['', MESSAGES.targetRequired],
    ['   ', MESSAGES.targetRequired],
    ['-1', MESSAGES.targetNegative],
    ['1.234', MESSAGES.targetDecimals],
    ['1000000000', MESSAGES.targetTooLarge],
    ['999999999.991', MESSAGES.targetDecimals],
    ['12,50', MESSAGES.targetNumber],
    ['abc', MESSAGES.targetNumber],
  ];
  for (const [targetAmount, message] of cases) {
    expect(issues(valid({ targetAmount })), targetAmount).toEqual([`targetAmount: ${message}`]);
  }
});

test('comments are required and whitespace alone does not count', () => {
  expect(issues(valid({ comments: '' }))).toEqual([`comments: ${MESSAGES.commentsRequired}`]);
  expect(issues(valid({ comments: '   \n ' }))).toEqual([`comments: ${MESSAGES.commentsRequired}`]);
});

test('comments may have 1000 characters and a longer one says how long it is', () => {
  expect(issues(valid({ comments: 'x'.repeat(1000) }))).toEqual([]);
  expect(issues(valid({ comments: 'x'.repeat(1001) }))).toEqual([
    'comments: Shorten the comment to 1000 characters (it has 1001).',
  ]);
});

test('an empty form reports every missing field at once', () => {
  const empty = valid({
    userId: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    modeId: '',
    leadScore: '',
    targetAmount: '',
    comments: '',
  });
  expect(
    issues(empty)
      .map((issue) => issue.split(':')[0])
      .sort(),
  ).toEqual(['comments', 'endDate', 'endTime', 'leadScore', 'modeId', 'startDate', 'startTime', 'targetAmount', 'userId']);
});
