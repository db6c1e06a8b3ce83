/** What an actor or community chip carries when dragged onto a stage. */
export type Dragged = { kind: 'actor' | 'community'; id: number };

const MIME = 'application/x-influmap-placement';

export function setDragged(event: React.DragEvent, dragged: Dragged): void {
  event.dataTransfer.setData(MIME, JSON.stringify(dragged));
  event.dataTransfer.effectAllowed = 'copy';
}

/** The dragged chip, or null for anything else dropped (a file, a text): never trusted as is. */
export function getDragged(event: React.DragEvent): Dragged | null {
  const raw = event.dataTransfer.getData(MIME);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { kind?: unknown; id?: unknown };
    if ((value.kind === 'actor' || value.kind === 'community') && Number.isInteger(value.id))
      return { kind: value.kind, id: value.id as number };
  } catch {
    return null;
  }
  return null;
}

export const isPlacementDrag = (event: React.DragEvent): boolean =>
  event.dataTransfer.types.includes(MIME);
