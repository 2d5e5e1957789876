import { describe, expect, it } from 'vitest';
import { sampleChapters } from './fixtures/sampleChapters';

describe('chapter discovery', () => {
  it('compiles a chapter and exports its h2/h3 headings with their rehype-slug ids', async () => {
    const [sample] = sampleChapters;
    expect(sample).toMatchObject({ title: 'Sample chapter', order: 7, slug: 'sample-chapter', file: './sample.mdx' });
    expect((await sample.load()).headings).toEqual([
      { depth: 2, id: 'first-section', text: 'First section' },
      { depth: 3, id: 'a-subsection', text: 'A subsection' },
      { depth: 2, id: 'second-section-with-code', text: 'Second section with code' },
    ]);
  });

  it('finds chapters/*.mdx, validated and in order', async () => {
    // Imported here, not at the top, so a chapter that does not compile fails only this test.
    const { chapters } = await import('../../src/site/chapters');
    expect(chapters.length).toBeGreaterThan(0);
    const orders = chapters.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(chapters.find((c) => c.slug === 'linear-regression')?.title).toBe('Linear regression');
  });
});
