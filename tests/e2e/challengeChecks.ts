/** Driving a chapter's challenges as a reader: find one by title, type an answer, press Check. */
import { type Locator, type Page, expect } from '@playwright/test';

/** The challenge's group, scrolled to and its answer box hydrated. */
export async function challenge(page: Page, title: RegExp): Promise<Locator> {
  const group = page.getByRole('group', { name: title });
  await group.scrollIntoViewIfNeeded();
  await expect(group.locator('[data-island="Answer"]')).toHaveAttribute('data-island-hydrated', '', { timeout: 30_000 });
  return group;
}

/** Types `value` as the answer and presses Check; the verdict's status region. */
export async function answer(group: Locator, value: string): Promise<Locator> {
  await group.getByLabel('Your answer').fill(value);
  await group.getByRole('button', { name: 'Check' }).click();
  return group.getByRole('status');
}
