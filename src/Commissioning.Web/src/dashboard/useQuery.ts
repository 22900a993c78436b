import { useEffect, useState, type DependencyList } from 'react';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'failed'; error: Error };

/**
 * Runs `load` when the dependencies change and cancels the run it replaces, so a slow answer for an old filter
 * never overwrites the answer for the new one. A null `load` means there is nothing to ask yet.
 */
export function useQuery<T>(load: ((signal: AbortSignal) => Promise<T>) | null, deps: DependencyList): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'idle' });
  useEffect(() => {
    if (!load) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setState({ status: 'done', data }); },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
    // The caller names what `load` depends on, as with useEffect.
  }, deps);
  return state;
}
