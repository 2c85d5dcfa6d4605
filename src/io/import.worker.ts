// Reads one file off the main thread: decode, parse and validate, posting progress as it goes.
import { importBytes } from './import-files';
import type { WorkerRequest, WorkerReply } from './import-runner';

const post = (reply: WorkerReply) => (self as unknown as { postMessage: (m: WorkerReply) => void }).postMessage(reply);

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { fileName, bytes, encoding, remap } = e.data;
  let last = 0;
  const result = importBytes(fileName, new Uint8Array(bytes), {
    encoding,
    remap,
    onProgress: (f) => {
      // Posting every chunk would flood the page; a percent at a time is enough for a bar.
      if (f - last >= 0.01 || f === 1) {
        last = f;
        post({ kind: 'progress', fraction: f });
      }
    },
  });
  post({ kind: 'done', result });
};
