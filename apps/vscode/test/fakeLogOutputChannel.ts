// A fake of VS Code's LogOutputChannel (createOutputChannel(name, { log: true })): VS Code adds the
// time and the level; here each line is kept as "[level] message" for tests to read.
export class FakeLogOutputChannel {
  readonly lines: string[] = [];
  shown = 0;
  constructor(readonly name = "MFA Session") {}
  private write(level: string, message: string): void {
    this.lines.push(`[${level}] ${message}`);
  }
  trace(message: string): void {
    this.write("trace", message);
  }
  debug(message: string): void {
    this.write("debug", message);
  }
  info(message: string): void {
    this.write("info", message);
  }
  warn(message: string): void {
    this.write("warn", message);
  }
  error(message: string | Error): void {
    this.write("error", String(message));
  }
  show(): void {
    this.shown += 1;
  }
  dispose(): void {}
}
