// Reads one file off the main thread: decode, parse and validate, posting progress as it goes.
// The scores go back packed in one transferred Float64Array: cloning 150,000 cells as nested
// arrays stalled the page for ~100 ms. The worker stays alive for the next file.
import { importBytes } from './import-files';
import type { WorkerRequest, WorkerReply } from './import-runner';
import { encodeMatrices } from './matrix-transfer';

const scope = self as unknown as { postMessage: (m: WorkerReply, transfer?: Transferable[]) => void };

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { fileName, bytes, encoding, remap } = e.data;
  let last = 0;
  const { matrices, ...result } = importBytes(fileName, new Uint8Array(bytes), {
    encoding,
    remap,
    onProgress: (f) => {
      // Posting every chunk would flood the page; a percent at a time is enough for a bar.
      if (f - last >= 0.01 || f === 1) {
        last = f;
        scope.postMessage({ kind: 'progress', fraction: f });
      }
    },
  });
  const packed = encodeMatrices(matrices);
  scope.postMessage({ kind: 'done', result, packed }, [packed.scores.buffer]);
};
