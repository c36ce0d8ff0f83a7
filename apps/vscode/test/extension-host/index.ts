// Entry of the extension-host tests (--extensionTestsPath): VS Code calls run() and ends the
// extension host with 0 or 1 from the promise. Runner-agnostic: the same file serves code-server
// here and @vscode/test-electron on a machine that can download VS Code.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Mocha from "mocha";

interface TestResult {
  title: string;
  state: "passed" | "failed";
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", color: false, timeout: 30_000, reporter: "spec" });
  mocha.addFile(join(__dirname, "suite.js"));
  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = `${runner.stats?.passes ?? 0} passed, ${failures} failed`;
      console.log(summary);
      const out = process.env.VSCODE_E2E_OUT;
      if (out) {
        writeFileSync(join(out, "extension-host-results.json"), `${JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: failures, tests: results }, null, 2)}\n`);
      }
      if (failures) reject(new Error(summary));
      else resolve();
    });
    runner.on("pass", (test) => results.push({ title: test.fullTitle(), state: "passed" }));
    runner.on("fail", (test, error: Error) => results.push({ title: test.fullTitle(), state: "failed", error: error.message }));
  });
}
