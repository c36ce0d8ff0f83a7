// The composition root: builds the services, starts the inline prompt server, registers the
// command factories through the one error boundary, and pushes every disposable. No logic here.
import { randomBytes } from "node:crypto";
import { getHomeDir, getStateDir } from "@mfa-session/core";
import * as vscode from "vscode";
import type { CommandDeps } from "./commands/CommandSpec.js";
import { createConfigureProfileCommand } from "./commands/createConfigureProfileCommand.js";
import { createListDevicesCommand } from "./commands/createListDevicesCommand.js";
import { createRemoveDeviceCommand } from "./commands/createRemoveDeviceCommand.js";
import { createResyncDeviceCommand } from "./commands/createResyncDeviceCommand.js";
import { createSetUpDeviceCommand } from "./commands/createSetUpDeviceCommand.js";
import { createShowSessionsCommand } from "./commands/createShowSessionsCommand.js";
import { createSignInCommand } from "./commands/createSignInCommand.js";
import { createSignOutCommand } from "./commands/createSignOutCommand.js";
import { SHOW_LOG, wrapCommand } from "./commands/wrapCommand.js";
import { createDeviceSetupPanel } from "./device/createDeviceSetupPanel.js";
import { createOutputLogger } from "./log/createOutputLogger.js";
import { corePromptIpc } from "./prompt/corePromptIpc.js";
import { createInputBoxCodeProvider } from "./prompt/createInputBoxCodeProvider.js";
import { createOutcomeWatcher } from "./prompt/createOutcomeWatcher.js";
import { serializePrompts } from "./prompt/serializePrompts.js";
import { startInlinePrompt } from "./prompt/startInlinePrompt.js";
import { createCoreServices } from "./services/createCoreServices.js";
import { getCliCommand } from "./services/getCliCommand.js";
import { readSettings, SETTINGS_SECTION } from "./settings/readSettings.js";
import { createActiveProfile } from "./status/createActiveProfile.js";
import { createExtensionClock } from "./status/createExtensionClock.js";
import { createExpiryNotifier } from "./status/createExpiryNotifier.js";
import { createStatusBarController } from "./status/createStatusBarController.js";
import { applyCliPath } from "./terminal/applyCliPath.js";
import { createSessionTreeProvider } from "./view/createSessionTreeProvider.js";
import { createViewCommands } from "./view/createViewCommands.js";
import { createFindCliCommand } from "./walkthrough/createFindCliCommand.js";
import { createTerminalCommands } from "./walkthrough/createTerminalCommands.js";
import { createTerminalRunner } from "./walkthrough/createTerminalRunner.js";

/** What activate() returns: enough for other extensions and the extension-host tests to find the prompt. */
export interface MfaSessionExtensionApi {
  promptSocketPath: string | undefined;
}

let stopPrompt: () => Promise<void> = () => Promise.resolve();

export async function activate(context: vscode.ExtensionContext): Promise<MfaSessionExtensionApi> {
  const clock = createExtensionClock({ env: process.env });
  const output = vscode.window.createOutputChannel("MFA Session", { log: true });
  context.subscriptions.push(output);
  const logger = createOutputLogger(output);
  const settings = () => readSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION));

  const codeProvider = serializePrompts(createInputBoxCodeProvider({ window: vscode.window }));
  const homedir = getHomeDir({ env: process.env, platform: process.platform });
  const services = createCoreServices({
    env: process.env, homedir, clock, logger, getCliPath: () => settings().cliPath, platform: process.platform, codeProvider,
  });
  // On WSL with ~/.aws on a Windows drive the cache and the prompt's files are on the Linux side: say so.
  const stateNote = getStateDir({ homedir, env: process.env }).note;
  if (stateNote !== undefined) logger.info(stateNote);
  const activeProfile = createActiveProfile({ memento: context.globalState, getDefaultProfile: () => settings().defaultProfile, env: process.env });
  // The view reads what the status bar reads and refreshes with it (timer, commands, settings).
  const sessionTree = createSessionTreeProvider({
    listProfiles: () => services.listProfiles(), listSessions: (profile) => services.listSessions(profile), clock, logger,
    getWarningThresholdMinutes: () => settings().warningThresholdMinutes, setContext: (key, value) => vscode.commands.executeCommand("setContext", key, value),
  });
  context.subscriptions.push(vscode.window.createTreeView("mfaSession.profiles", { treeDataProvider: sessionTree }));
  const expiryNotifier = createExpiryNotifier({ window: vscode.window, executeCommand: vscode.commands.executeCommand, signInCommand: "mfaSession.signIn" });
  const statusBar = createStatusBarController({
    window: vscode.window,
    listSessions: (profile) => services.listSessions(profile),
    listProfiles: () => services.listProfiles(),
    getActiveProfile: () => activeProfile.get(),
    getWarningThresholdMinutes: () => settings().warningThresholdMinutes,
    clock,
    logger,
    command: "mfaSession.showSessions",
    notifier: { update: (input) => (void sessionTree.refresh(), expiryNotifier.update(input)) },
  });
  context.subscriptions.push(statusBar);
  void statusBar.refresh();

  const watchOutcome = createOutcomeWatcher({ listSessions: (profile) => services.listSessions(profile), refreshStatusBar: () => statusBar.refresh(), window: vscode.window, clock });
  // Without the prompt server the commands still work; say why terminals will not ask here.
  const prompt = await startInlinePrompt({
    ipc: corePromptIpc,
    windowId: randomBytes(8).toString("hex"),
    pid: process.pid,
    clock,
    logger,
    codeProvider,
    environment: context.environmentVariableCollection,
    window: vscode.window,
    getPreferredPrompt: () => settings().preferredPrompt,
    onCodeSent: (request) => void watchOutcome(request.profile),
  }).catch((error: unknown) => {
    logger.error(`The inline prompt server could not start: ${(error as Error).message}`);
    void vscode.window.showWarningMessage("MFA Session: the inline prompt could not start; tools will ask in their terminal instead.", SHOW_LOG).then((choice) => {
      if (choice === SHOW_LOG) logger.show();
    });
    return undefined;
  });
  stopPrompt = () => prompt?.dispose() ?? Promise.resolve();
  context.subscriptions.push({ dispose: () => void stopPrompt() });

  const cliPath = () => applyCliPath({ cliPath: settings().cliPath, storageDir: context.globalStorageUri.fsPath, environment: context.environmentVariableCollection, logger });
  void cliPath();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
      prompt?.applyEnvironment();
      void cliPath();
      void statusBar.refresh();
    }),
  );

  const deps: CommandDeps = { window: vscode.window, services, codeProvider, statusBar, activeProfile, logger, clock };
  const signIn = createSignInCommand(deps);
  const signOut = createSignOutCommand(deps);
  const commands = [
    signIn,
    signOut,
    createShowSessionsCommand({ ...deps, signIn, signOut }),
    createSetUpDeviceCommand({ ...deps, openPanel: (profile) => createDeviceSetupPanel(vscode.window, profile) }),
    createResyncDeviceCommand(deps),
    createRemoveDeviceCommand("deactivate", deps),
    createRemoveDeviceCommand("delete", deps),
    createListDevicesCommand(deps),
    createConfigureProfileCommand(deps),
    { id: "mfaSession.showLog", title: "Show Log", run: async () => logger.show() },
  ];
  const spec = (id: string) => commands.find((command) => command.id === id)!;
  const runInTerminal = createTerminalRunner(vscode.window);
  commands.push(
    ...createViewCommands({ signIn, signOut, resyncDevice: spec("mfaSession.resyncDevice"), setUpDevice: spec("mfaSession.setUpDevice"), refresh: () => statusBar.refresh() }),
    createFindCliCommand({ window: vscode.window, runInTerminal, executeCommand: vscode.commands.executeCommand, resolveCli: () => getCliCommand({ cliPath: settings().cliPath, platform: process.platform, env: process.env }) }),
    ...createTerminalCommands({ ...deps, runInTerminal }),
    { id: "mfaSession.openWalkthrough", title: "Get Started", run: async () => void vscode.commands.executeCommand("workbench.action.openWalkthrough", `${context.extension.id}#gettingStarted`, false) },
  );
  for (const command of commands) {
    context.subscriptions.push(vscode.commands.registerCommand(command.id, wrapCommand(command.title, command.run, { window: vscode.window, logger, executeCommand: vscode.commands.executeCommand })));
  }
  logger.info(`Activated (VS Code ${vscode.version}, pid ${process.pid}).`);
  return { promptSocketPath: prompt?.socketPath };
}

/** Waits for the socket and the discovery file to be gone (disposables cannot be awaited). */
export function deactivate(): Promise<void> {
  return stopPrompt();
}
