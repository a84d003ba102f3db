// Server-sent events read with fetch(), because EventSource cannot send the API key header.
import { request } from './api.js';

/**
 * Opens an event stream and calls onEvent(name, data) for each event; data is parsed JSON.
 * onEnd() runs when the server ends the stream, onError(error) when it breaks.
 * Returns a function that closes the stream.
 */
export function openStream(path, { onEvent, onOpen = () => {}, onEnd = () => {}, onError = () => {} }) {
  const abort = new AbortController();
  (async () => {
    try {
      const response = await request(path, { accept: 'text/event-stream', signal: abort.signal });
      if (!response.ok || !response.body) {
        throw Object.assign(new Error(`the stream answered ${response.status}`), { status: response.status });
      }
      onOpen();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replaceAll('\r\n', '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end), onEvent);
          buffer = buffer.slice(end + 2);
        }
      }
      if (!abort.signal.aborted) onEnd();
    } catch (error) {
      if (!abort.signal.aborted) onError(error);
    }
  })();
  return () => abort.abort();
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return;
  let parsed;
  try {
    parsed = JSON.parse(data.join('\n'));
  } catch {
    return;
  }
  onEvent(name, parsed);
}
