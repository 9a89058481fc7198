// What a built-in command (`pyframe -m ast`, `pyframe -m tokenize`) may touch: files, stdin and the
// two output streams. The CLI passes Node's; tests pass in-memory ones.
export interface CommandIO {
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
  stdout(text: string): void;
  stderr(text: string): void;
}
