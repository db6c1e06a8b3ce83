import { ACTOR_KINDS, type ActorKind } from '../../shared/domain/vocabulary';
import { useT } from '../hooks/useT';

export type KindSelectProps = { id: string; value: ActorKind; onChange: (kind: ActorKind) => void };

export function KindSelect({ id, value, onChange }: KindSelectProps) {
  const t = useT();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as ActorKind)}>
      {ACTOR_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`kind.${kind}`)}
        </option>
      ))}
    </select>
  );
}
