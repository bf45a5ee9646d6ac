import { expect, test } from 'vitest';
import { paintCommentsCounter } from './comments-counter';

test('the counter shows the count, flags a comment over the limit, and keeps its one text node', () => {
  const counter = document.createElement('span');
  counter.textContent = '0 / 1000 characters';
  const node = counter.firstChild;

  paintCommentsCounter(counter, 12);
  expect(counter.textContent).toBe('12 / 1000 characters');
  expect(counter.firstChild).toBe(node);
  expect(counter).not.toHaveClass('counter-over');

  paintCommentsCounter(counter, 1003);
  expect(counter.textContent).toBe('1003 / 1000 characters (3 over the limit)');
  expect(counter).toHaveClass('counter-over');
  expect(counter.childNodes).toHaveLength(1);
});

test('a counter that holds anything but one text node is written afresh', () => {
  const counter = document.createElement('span');
  counter.append('0 / 1000', document.createElement('b'));

  paintCommentsCounter(counter, 3);
  expect(counter.textContent).toBe('3 / 1000 characters');
  expect(counter.childNodes).toHaveLength(1);
});
