"use client";

import { useEffect } from "react";

/**
 * Tells the page that frames the widget how tall it is, whenever that changes;
 * /embed.js resizes the iframe. Only the height and the shelf id are sent.
 */
export function EmbedHeight({ shelfId }: { shelfId: string }) {
  useEffect(() => {
    if (window.parent === window) return;
    const send = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      window.parent.postMessage({ type: "ocop-shelf-height", shelf: shelfId, height }, "*");
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, [shelfId]);
  return null;
}
