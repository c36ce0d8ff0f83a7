// Download progress for @vscode/test-electron as a few lines on stderr: its own console reporter
// writes to stdout, which carries the resolved executable path to scripts/e2eElectron.sh.
import { type ProgressReport, type ProgressReporter, ProgressReportStage } from "@vscode/test-electron";

export function createStderrReporter(writeLine: (line: string) => void): ProgressReporter {
  let downloadedTenths = -1;
  return {
    report(report: ProgressReport) {
      switch (report.stage) {
        case ProgressReportStage.ResolvedVersion:
          return writeLine(`VS Code ${report.version}`);
        case ProgressReportStage.FoundMatchingInstall:
          return writeLine(`using the copy downloaded before: ${report.downloadedPath}`);
        case ProgressReportStage.Downloading: {
          const tenths = report.totalBytes > 0 ? Math.floor((report.bytesSoFar / report.totalBytes) * 10) : 0;
          if (tenths === downloadedTenths) return;
          downloadedTenths = tenths;
          return writeLine(`downloading ${report.url}: ${tenths * 10}% of ${Math.round(report.totalBytes / 1e6)} MB`);
        }
        case ProgressReportStage.Retrying:
          return writeLine(`download failed (${report.error.message}), attempt ${report.attempt} of ${report.totalAttempts}`);
        case ProgressReportStage.NewInstallComplete:
          return writeLine(`downloaded into ${report.downloadedPath}`);
        default:
          return;
      }
    },
    error(error: unknown) {
      writeLine(`download failed: ${error instanceof Error ? error.message : String(error)}`);
    },
  };
}
