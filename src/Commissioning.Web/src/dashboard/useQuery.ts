import { useEffect, useMemo, useState, type DependencyList } from 'react';

export type QueryState<T> =
  | { status: 'idle' }
  /** `previous` is the last answer, still worth showing (marked as updating) until the new one arrives. */
  | { status: 'loading'; previous?: T }
  | { status: 'done'; data: T }
  | { status: 'failed'; error: Error };

/**
 * Runs `load` when the dependencies change and cancels the run it replaces, so a slow answer for an old filter
 * never overwrites the answer for the new one. A null `load` means there is nothing to ask yet.
 *
 * The state is "loading" from the very render in which the dependencies change, not one effect later: nothing
 * (a screen reader, a test) ever sees the old answer presented as the answer to the new question.
 */
export function useQuery<T>(load: ((signal: AbortSignal) => Promise<T>) | null, deps: DependencyList): QueryState<T> {
  // A new object whenever a dependency changes: the identity of this run. The caller names what `load` depends on.
  const run = useMemo(() => ({}), deps);
  const [answer, setAnswer] = useState<{ run: object | null; state: QueryState<T> }>({ run: null, state: { status: 'idle' } });

  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setAnswer({ run, state: { status: 'done', data } }); },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setAnswer({ run, state: { status: 'failed', error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => controller.abort();
  }, [run]);

  if (!load) return { status: 'idle' };
  if (answer.run === run) return answer.state;
  return { status: 'loading', previous: latest(answer.state) };
}

/** The newest data there is: the answer, or while a new one loads, the one before. */
export function latest<T>(state: QueryState<T>): T | undefined {
  if (state.status === 'done') return state.data;
  if (state.status === 'loading') return state.previous;
  return undefined;
}
