/** The oEmbed JSON of an embed page: what WordPress, Drupal and Moodle's filter read. */
import { describe, expect, it } from 'vitest';
import { embedBySlug, EMBEDS } from '../../src/site/embed/embeds';
import heights from '../../src/site/embed/embedHeights.json';
import { embedHeight, oembedOf, oembedPath, OEMBED_WIDTH } from '../../src/site/embed/oembed';

describe('oEmbed', () => {
  const race = embedBySlug('optimizer-race');
  if (!race) throw new Error('no optimizer-race embed');

  it('is a rich response with the iframe of the default state, under the site’s public address', () => {
    const json = oembedOf(race, 'https://school.example.edu/courses/ml/descent/');
    expect(json).toMatchObject({ version: '1.0', type: 'rich', title: 'Optimizer race (Descent)', provider_name: 'Descent', provider_url: 'https://school.example.edu/courses/ml/descent/', width: OEMBED_WIDTH });
    expect(json.height).toBe(embedHeight('optimizer-race'));
    expect(json.html).toBe(
      `<iframe src="https://school.example.edu/courses/ml/descent/embed/optimizer-race/" title="Optimizer race (Descent)" width="100%" height="${Math.ceil(json.height / 10) * 10}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    expect(oembedPath('optimizer-race')).toBe('/embed/optimizer-race/oembed.json');
  });

  it('every embed has a measured height', () => {
    expect(EMBEDS.filter((e) => !Object.hasOwn(heights, e.slug)).map((e) => e.slug)).toEqual([]);
  });
});
