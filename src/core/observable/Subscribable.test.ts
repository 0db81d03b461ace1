import { expect, test } from 'vitest';
import { Subscribable } from './Subscribable';

class Counter extends Subscribable<(count: number) => void> {
  #count = 0;
  increment(): void {
    this.#count += 1;
    this.notify(this.#count);
  }
}

test('every listener hears each change in the order it subscribed, until it unsubscribes', () => {
  const counter = new Counter();
  const heard: string[] = [];
  const stopFirst = counter.subscribe((count) => heard.push(`first ${count}`));
  counter.subscribe((count) => heard.push(`second ${count}`));
  counter.increment();
  stopFirst();
  counter.increment();
  expect(heard).toEqual(['first 1', 'second 1', 'second 2']);
});

test('a listener that unsubscribes another while being told does not keep that one from this change', () => {
  const counter = new Counter();
  const heard: string[] = [];
  let stopSecond = () => {};
  counter.subscribe(() => {
    heard.push('first');
    stopSecond();
  });
  stopSecond = counter.subscribe(() => heard.push('second'));
  counter.increment();
  counter.increment();
  expect(heard).toEqual(['first', 'second', 'first']);
});

test('subscribe works handed on by itself, as React hands it on', () => {
  const counter = new Counter();
  const { subscribe } = counter;
  let heard = 0;
  subscribe(() => (heard += 1));
  counter.increment();
  expect(heard).toBe(1);
});
