/** An embed page's own script: the teacher's caption, then the height reports. */
import { readEmbedOptions, showCaption } from './embedOptions';
import { reportHeight } from './reportHeight';

export function startEmbed(embed: HTMLElement): void {
  const slot = embed.querySelector<HTMLElement>('[data-embed-caption]');
  if (slot) showCaption(slot, readEmbedOptions(window.location.search).caption);
  reportHeight(embed);
}
