"use client";

import { useEffect } from "react";

/**
 * Tells the page that frames the widget how tall its content is, whenever that changes, growing
 * or shrinking; /embed.js resizes the iframe. The body's own height is measured (the embed's body
 * has no min-height), never the frame's viewport, which would only ever grow. Only the height and
 * the shelf id are sent.
 */
export function EmbedHeight({ shelfId }: { shelfId: string }) {
  useEffect(() => {
    if (window.parent === window) return;
    const send = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      window.parent.postMessage({ type: "ocop-shelf-height", shelf: shelfId, height }, "*");
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, [shelfId]);
  return null;
}
