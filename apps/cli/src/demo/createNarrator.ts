// The demo's voice: numbered steps with their timing, commands shown as a person would type them,
// and their output indented beneath.
import type { CliIo } from "../io.js";

export interface Narrator {
  title(text: string): void;
  step(text: string): void;
  say(text: string): void;
  command(argv: string[]): void;
  output(text: string): void;
  done(): void;
}

export function createNarrator(io: Pick<CliIo, "stdout">, totalSteps: number, now: () => number = Date.now): Narrator {
  let stepNumber = 0;
  let stepStarted = now();
  const write = (text: string) => io.stdout.write(text);
  const indent = (text: string) => text.replace(/\n+$/, "").split("\n").map((line) => `      ${line}`).join("\n");
  return {
    title: (text) => write(`${text}\n`),
    step(text) {
      stepNumber += 1;
      stepStarted = now();
      write(`\n[${stepNumber}/${totalSteps}] ${text}\n`);
    },
    say: (text) => write(`  ${text}\n`),
    command: (argv) => write(`  $ ${argv.join(" ")}\n`),
    output: (text) => { if (text.trim() !== "") write(`${indent(text)}\n`); },
    done: () => write(`  (step took ${((now() - stepStarted) / 1000).toFixed(1)} s)\n`),
  };
}
