import type { Rag } from './model';
import { ragLabels } from './rag';

/** A rating as a word on its colour: the word carries the meaning, the colour only helps (WCAG 1.4.1). */
export function RagBadge({ rag, detail }: { rag: Rag; detail?: string }) {
  return (
    <span className={`rag rag-${rag.toLowerCase()}`} title={detail}>
      {ragLabels[rag]}
      {detail && <span className="visually-hidden"> ({detail})</span>}
    </span>
  );
}
