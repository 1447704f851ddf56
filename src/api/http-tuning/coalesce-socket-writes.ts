// Answers finished during one turn of the event loop go to the kernel together, at the end of
// that turn, instead of one at a time as each finishes. A send to a client that is waiting
// for it wakes that client: on a virtual machine each wake-up is a dear trip through the
// host, and a burst of sends wakes a busy client once, so the same CPU answers more requests.
// Each socket's writes keep their order: a stream hands its socket the next write only once
// the previous one has called back.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

type WriteFn = (chunk: unknown, encoding: BufferEncoding, cb: (err?: Error | null) => void) => void;
type WritevFn = (chunks: { chunk: unknown; encoding: BufferEncoding }[], cb: (err?: Error | null) => void) => void;
type Internals = Socket & { _write: WriteFn; _writev: WritevFn };

export function coalesceSocketWrites(server: Server): void {
  let queued: (() => void)[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    // Writes queued while these go out wait for the next turn.
    const batch = queued;
    queued = [];
    for (const write of batch) write();
  };
  const later = (write: () => void) => {
    queued.push(write);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  server.on('connection', (socket: Socket) => {
    const s = socket as Internals;
    const write = s._write;
    const writev = s._writev;
    s._write = (chunk, encoding, cb) => later(() => write.call(s, chunk, encoding, cb));
    s._writev = (chunks, cb) => later(() => writev.call(s, chunks, cb));
  });
}
