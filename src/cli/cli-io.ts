/** Where a command writes, and what it may know of its surroundings: injected so tests run the CLI whole. */
export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface OutStream {
  write(chunk: string): unknown;
  /** True on a terminal: progress bars are drawn only there. */
  readonly isTTY?: boolean;
  readonly columns?: number;
}
