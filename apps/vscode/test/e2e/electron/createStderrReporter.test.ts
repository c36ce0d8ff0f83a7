import { ProgressReportStage } from "@vscode/test-electron";
import { describe, expect, it } from "vitest";
import { createStderrReporter } from "./createStderrReporter.js";

describe(createStderrReporter.name, () => {
  it("writes the version, a line per tenth of the download, and where it landed", () => {
    const lines: string[] = [];
    const reporter = createStderrReporter((line) => lines.push(line));
    const url = "https://update.code.visualstudio.com/1.99.0/linux-x64/stable";
    reporter.report({ stage: ProgressReportStage.FetchingVersion });
    reporter.report({ stage: ProgressReportStage.ResolvedVersion, version: "1.99.0" });
    for (const bytesSoFar of [0, 1e6, 2e6, 15e6, 16e6, 150e6]) {
      reporter.report({ stage: ProgressReportStage.Downloading, url, totalBytes: 150e6, bytesSoFar });
    }
    reporter.report({ stage: ProgressReportStage.NewInstallComplete, downloadedPath: "/cache/vscode-linux-x64-1.99.0" });
    expect(lines).toEqual([
      "VS Code 1.99.0",
      `downloading ${url}: 0% of 150 MB`,
      `downloading ${url}: 10% of 150 MB`,
      `downloading ${url}: 100% of 150 MB`,
      "downloaded into /cache/vscode-linux-x64-1.99.0",
    ]);
  });

  it("says when it reuses an earlier download, retries, or fails", () => {
    const lines: string[] = [];
    const reporter = createStderrReporter((line) => lines.push(line));
    reporter.report({ stage: ProgressReportStage.FoundMatchingInstall, downloadedPath: "/cache/vscode-linux-x64-1.99.0" });
    reporter.report({ stage: ProgressReportStage.Retrying, error: new Error("socket hang up"), attempt: 1, totalAttempts: 3 });
    reporter.error(new Error("ECONNRESET"));
    reporter.error("Failed to get JSON");
    expect(lines).toEqual([
      "using the copy downloaded before: /cache/vscode-linux-x64-1.99.0",
      "download failed (socket hang up), attempt 1 of 3",
      "download failed: ECONNRESET",
      "download failed: Failed to get JSON",
    ]);
  });
});
