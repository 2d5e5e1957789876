import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/site/navigation';

const book = [{ slug: 'one' }, { slug: 'two' }, { slug: 'three' }];

describe('neighbours (previous / next chapter)', () => {
  it('has no previous for the first chapter', () => {
    expect(neighbours(book, 'one')).toEqual({ previous: undefined, next: { slug: 'two' } });
  });
  it('links both ways in the middle', () => {
    expect(neighbours(book, 'two')).toEqual({ previous: { slug: 'one' }, next: { slug: 'three' } });
  });
  it('has no next for the last chapter', () => {
    expect(neighbours(book, 'three')).toEqual({ previous: { slug: 'two' }, next: undefined });
  });
  it('has neither for an unknown slug or a one-chapter book', () => {
    expect(neighbours(book, 'nope')).toEqual({ previous: undefined, next: undefined });
    expect(neighbours([{ slug: 'only' }], 'only')).toEqual({ previous: undefined, next: undefined });
  });
});
