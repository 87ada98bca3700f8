import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { firstLine, type WrittenBackup } from './backups';

/** What backupWorker.ts does: copy, verify a copy made earlier, or both in a row. */
export type BackupTask =
  | { mode: 'copy' | 'both'; path: string; nativeBinding?: string; target: string }
  | { mode: 'verify'; partial: string; nativeBinding?: string; target: string };

/** What backupWorker.ts receives as workerData. */
export type BackupJob = BackupTask & {
  /** Where the reply goes: a port of its own, which a blocked caller can read synchronously. */
  replies: MessagePort;
  /** An Int32Array's buffer the worker sets to 1 once it has replied. */
  answered: SharedArrayBuffer;
};

/** What backupWorker.ts posts back: the copy ('copy'), the verified backup, or a BackupError's parts. */
export type BackupReply =
  | { ok: true; copied: string }
  | { ok: true; written: WrittenBackup }
  | { ok: false; key: string; params: Record<string, string | number> };

/** How long waitSync blocks at most before it gives the run up. */
const WAIT_MS = 60_000;

/**
 * One backup worker, whose single reply reaches `onReply` exactly once: from its port, from what
 * is left on the port when it exits, as a failure if it died without one, or from waitSync.
 */
export class BackupWorkerRun {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly answered = new Int32Array(new SharedArrayBuffer(4));
  private replied = false;
  private exited = false;

  constructor(
    file: string,
    task: BackupTask,
    private readonly onReply: (reply: BackupReply) => void,
  ) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    const job: BackupJob = {
      ...task,
      replies: channel.port2,
      answered: this.answered.buffer as SharedArrayBuffer,
    };
    try {
      this.worker = new Worker(file, { workerData: job, transferList: [channel.port2] });
    } catch (error) {
      this.port.close();
      throw error;
    }
    this.port.on('message', (reply: BackupReply) => this.take(reply));
    this.worker.once('error', (error) => this.take(cannotWriteReply(task.target, error)));
    this.worker.once('exit', (code) => {
      this.exited = true;
      // The reply travels on its own port: it may still be queued there when the exit is seen.
      const left = this.replied ? undefined : receiveMessageOnPort(this.port);
      this.take(
        left
          ? (left.message as BackupReply)
          : cannotWriteReply(task.target, `backup worker exited with code ${code}`),
      );
    });
  }

  /**
   * Blocks this thread until the reply is in (for a transaction that must not commit before).
   * Sleeps on the flag the worker raises after replying; where the thread may not block, polls.
   */
  waitSync(target: string): void {
    const deadline = Date.now() + WAIT_MS;
    while (!this.replied) {
      const message = receiveMessageOnPort(this.port);
      if (message) return this.take(message.message as BackupReply);
      if (Date.now() > deadline) {
        void this.worker.terminate();
        return this.take(cannotWriteReply(target, 'no reply from the backup worker in time'));
      }
      try {
        Atomics.wait(this.answered, 0, 0, 50);
      } catch {
        // "Atomics.wait cannot be called in this context": poll.
      }
    }
  }

  async stop(): Promise<void> {
    if (!this.exited) await this.worker.terminate();
  }

  private take(reply: BackupReply): void {
    if (this.replied) return;
    this.replied = true;
    this.port.close();
    this.onReply(reply);
  }
}

/** The reply of a backup that could not be written, with the error's first line. */
export function cannotWriteReply(target: string, error: unknown): BackupReply {
  return { ok: false, key: 'backup.errors.cannotWrite', params: { path: target, detail: firstLine(error) } };
}
