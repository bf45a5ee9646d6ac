import type { RefObject } from 'react';
import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * A part that leaves the page while it holds the focus (a dismissed toast, a Retry button
 * whose list arrived, the wait once the desktop answered) hands the focus on, so it never
 * falls to the page body. Whether it held the focus is read while it is still in the
 * document; where the focus goes is decided once the commit is done, when the page is final.
 */
export function useFocusHandover(node: RefObject<HTMLElement | null>, handOver: () => void): void {
  const held = useRef(false);
  const latest = useRef(handOver);
  useEffect(() => {
    latest.current = handOver;
  });
  useLayoutEffect(() => {
    const element = node.current;
    return () => {
      held.current = Boolean(element?.contains(element.ownerDocument.activeElement));
    };
  }, [node]);
  useEffect(
    () => () => {
      if (held.current) latest.current();
    },
    [],
  );
}
