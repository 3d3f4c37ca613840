// A live progress line for a terminal: a spinner with the current status and elapsed time, with event
// lines printed above it as they arrive. On a pipe there is no spinner and no escape code: one plain
// line per event.
import type { Style } from './style.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

/**
 * @example
 * const progress = new Progress(process.stdout, style);
 * progress.start('queued');
 * progress.line('+2.0s  ringing');
 * progress.stop();
 */
export class Progress {
  readonly live: boolean;
  #stream: ProgressStream;
  #style: Style;
  #status = '';
  #frame = 0;
  #timer: NodeJS.Timeout | undefined;
  #started = Date.now();

  constructor(stream: ProgressStream, style: Style) {
    this.#stream = stream;
    this.#style = style;
    this.live = Boolean(stream.isTTY);
  }

  start(status: string): void {
    this.#status = status;
    this.#started = Date.now();
    if (!this.live) return;
    this.#stream.write('\u001b[?25l');
    this.#draw();
    this.#timer = setInterval(() => this.#draw(), 80);
    this.#timer.unref();
  }

  /** Sets the text beside the spinner. */
  status(status: string): void {
    this.#status = status;
    if (this.live && this.#timer) this.#draw();
  }

  /** Prints a line (above the spinner on a terminal). */
  line(text: string): void {
    if (this.live && this.#timer) {
      this.#stream.write(`\r\u001b[2K${text}\n`);
      this.#draw();
    } else {
      this.#stream.write(`${text}\n`);
    }
  }

  /** Clears the spinner's line (before another line is written to the same terminal); the next frame redraws it. */
  clear(): void {
    if (this.live && this.#timer) this.#stream.write('\r\u001b[2K');
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    if (this.live && this.#timer) this.#stream.write('\r\u001b[2K\u001b[?25h');
    this.#timer = undefined;
  }

  #draw(): void {
    const frame = FRAMES[this.#frame++ % FRAMES.length];
    const elapsed = ((Date.now() - this.#started) / 1000).toFixed(0);
    this.#stream.write(
      `\r\u001b[2K${this.#style.cyan(frame ?? '')} ${this.#status} ${this.#style.dim(`${elapsed}s`)}`,
    );
  }
}
