import type { Block } from '../reportDoc';
import type { SectionContext } from './context';

/** Each chosen saved view as a page of its own: the map as the app draws it. */
export function mapBlocks(c: SectionContext): Block[] {
  const m = c.text.maps;
  return c.data.maps.map((map): Block => ({
    kind: 'figure',
    scene: map.scene,
    page: true,
    title: map.viewName,
    caption: [
      map.actors > 0 || map.groups === 0 ? m.caption(c.n(map.actors)) : null,
      map.groups > 0 ? m.collapsed(c.n(map.groups), c.n(map.grouped)) : null,
      m.intro,
    ]
      .filter(Boolean)
      .join(' '),
  }));
}

/** Each story, one page per slide, with its title and caption. */
export function storyBlocks(c: SectionContext): Block[] {
  return c.data.stories.flatMap((story) =>
    story.slides.map((slide, i): Block => ({
      kind: 'figure',
      scene: slide.scene,
      page: true,
      title: `${story.name} — ${slide.title}`,
      caption: [c.text.stories.slide(i + 1, story.slides.length), slide.caption]
        .filter(Boolean)
        .join(' — '),
    })),
  );
}
