import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStore } from '../helpers/store';
import { fillArticle7Fixture } from './article7.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

describe('the Article 7 fixture', () => {
  it('writes every record through the handlers', async () => {
    const ids = await fillArticle7Fixture(t);
    expect(Object.values(ids.areas)).toHaveLength(4);
    expect(t.store.repos.hazards.count()).toBe(4);
  });
});
