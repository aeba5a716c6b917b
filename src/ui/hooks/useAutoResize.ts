import { useEffect, type RefObject } from 'react';
import { resizeFrame, type ZendeskClient } from '../../zendesk';

/**
 * Keeps the sidebar iframe as tall as the panel: measures the root whenever it changes size and
 * asks Zendesk to resize, skipping heights already sent (ResizeObserver fires often).
 */
export function useAutoResize(ref: RefObject<HTMLElement | null>, client: ZendeskClient | null): void {
  useEffect(() => {
    const element = ref.current;
    if (!client || !element) return;
    let lastHeight = -1;
    const measure = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === lastHeight) return;
      lastHeight = height;
      void resizeFrame(client, height);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, client]);
}
