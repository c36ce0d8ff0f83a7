// A hand-written fake of the parts of the `vscode` namespace the extension uses, aliased as
// "vscode" in vitest.config.ts. Windows are built per test with createFakeWindow() and scripted:
// queue what the person would pick or type, then assert on what the extension showed.
/* eslint-disable @typescript-eslint/no-explicit-any */

type Listener<T> = (value: T) => unknown;

export class Disposable {
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  constructor(private readonly onDispose: () => unknown) {}
  dispose(): void {
    this.onDispose();
  }
}

export class EventEmitter<T> {
  private listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}

export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 } as const;

export class TreeItem {
  description?: string;
  tooltip?: string | MarkdownString;
  contextValue?: string;
  iconPath?: ThemeIcon;
  constructor(readonly label: string, readonly collapsibleState: number = TreeItemCollapsibleState.None) {}
}

export class MarkdownString {
  constructor(readonly value = "") {}
}

export const StatusBarAlignment = { Left: 1, Right: 2 } as const;
export const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 } as const;
export const ViewColumn = { Active: -1, Beside: -2, One: 1, Two: 2 } as const;
export const QuickPickItemKind = { Separator: -1, Default: 0 } as const;
export const ConfigurationTarget = { Global: 1, Workspace: 2, WorkspaceFolder: 3 } as const;
export const EnvironmentVariableMutatorType = { Replace: 1, Append: 2, Prepend: 3 } as const;

export class Uri {
  private constructor(readonly scheme: string, readonly fsPath: string) {}
  static file(path: string): Uri {
    return new Uri("file", path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.fsPath, ...parts].join("/"));
  }
  toString(): string {
    return `${this.scheme}://${this.fsPath}`;
  }
}

export class CancellationTokenSource {
  private emitter = new EventEmitter<void>();
  token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {}
}

export class FakeInputBox {
  title: string | undefined;
  prompt: string | undefined;
  placeholder: string | undefined;
  value = "";
  password = false;
  ignoreFocusOut = false;
  busy = false;
  enabled = true;
  validationMessage: string | undefined;
  visible = false;
  disposed = false;
  private changeEmitter = new EventEmitter<string>();
  private acceptEmitter = new EventEmitter<void>();
  private hideEmitter = new EventEmitter<void>();
  readonly onDidChangeValue = this.changeEmitter.event;
  readonly onDidAccept = this.acceptEmitter.event;
  readonly onDidHide = this.hideEmitter.event;
  constructor(private readonly onShow: (box: FakeInputBox) => void) {}
  show(): void {
    this.visible = true;
    this.onShow(this);
  }
  hide(): void {
    if (!this.visible) return;
    this.visible = false;
    this.hideEmitter.fire();
  }
  dispose(): void {
    this.disposed = true;
  }
  /** Types one character at a time, as a person does (the extension sees every intermediate value). */
  type(text: string): void {
    for (const char of text) {
      this.value += char;
      this.changeEmitter.fire(this.value);
    }
  }
  accept(): void {
    this.acceptEmitter.fire();
  }
  /** Escape. */
  escape(): void {
    this.hide();
  }
}

export class FakeStatusBarItem {
  text = "";
  tooltip: string | undefined;
  command: string | undefined;
  name: string | undefined;
  backgroundColor: ThemeColor | undefined;
  visible = false;
  disposed = false;
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  dispose(): void {
    this.disposed = true;
  }
}

export class FakeOutputChannel {
  readonly lines: string[] = [];
  shown = 0;
  constructor(readonly name: string) {}
  appendLine(line: string): void {
    this.lines.push(line);
  }
  // LogOutputChannel's levels (createOutputChannel(name, { log: true })): VS Code adds time and level.
  trace(line: string): void {
    this.lines.push(`[trace] ${line}`);
  }
  debug(line: string): void {
    this.lines.push(`[debug] ${line}`);
  }
  info(line: string): void {
    this.lines.push(`[info] ${line}`);
  }
  warn(line: string): void {
    this.lines.push(`[warning] ${line}`);
  }
  error(line: string): void {
    this.lines.push(`[error] ${line}`);
  }
  append(text: string): void {
    this.lines.push(text);
  }
  show(): void {
    this.shown += 1;
  }
  clear(): void {
    this.lines.length = 0;
  }
  dispose(): void {}
}

export interface ShownMessage {
  level: "info" | "warning" | "error";
  message: string;
  items: string[];
  modal: boolean;
}

type QuickPickAnswer = (items: any[], options: any) => any;

/** A scripted window: push answers before running the code under test. */
export function createFakeWindow() {
  const inputBoxes: FakeInputBox[] = [];
  const messages: ShownMessage[] = [];
  const quickPicks: Array<{ items: any[]; options: any }> = [];
  const progress: Array<{ title?: string }> = [];
  const statusBarItems: FakeStatusBarItem[] = [];
  const outputChannels: FakeOutputChannel[] = [];
  const quickPickAnswers: QuickPickAnswer[] = [];
  const inputBoxAnswers: Array<string | undefined> = [];
  const inputBoxOptions: any[] = [];
  const messageAnswers: Array<string | undefined> = [];
  const onInputBoxShown: Array<(box: FakeInputBox) => void> = [];
  const windowStateEmitter = new EventEmitter<{ focused: boolean }>();

  function showMessage(level: ShownMessage["level"]) {
    return async (message: string, ...rest: any[]) => {
      const options = rest[0] && typeof rest[0] === "object" && !("title" in rest[0]) ? rest.shift() : {};
      const items = rest.map((item) => (typeof item === "string" ? item : item.title));
      messages.push({ level, message, items, modal: Boolean(options?.modal) });
      return messageAnswers.shift();
    };
  }

  const window = {
    state: { focused: true },
    onDidChangeWindowState: windowStateEmitter.event,
    createInputBox(): FakeInputBox {
      const box = new FakeInputBox((shown) => onInputBoxShown.shift()?.(shown));
      inputBoxes.push(box);
      return box;
    },
    async showInputBox(options: any) {
      inputBoxOptions.push(options);
      return inputBoxAnswers.shift();
    },
    async showQuickPick(items: any, options: any) {
      const resolved = await items;
      quickPicks.push({ items: resolved, options });
      const answer = quickPickAnswers.shift();
      return answer ? answer(resolved, options) : undefined;
    },
    showInformationMessage: showMessage("info"),
    showWarningMessage: showMessage("warning"),
    showErrorMessage: showMessage("error"),
    async withProgress<T>(options: { title?: string }, task: (progress: { report(value: unknown): void }, token: any) => Promise<T>): Promise<T> {
      progress.push(options);
      return task({ report() {} }, new CancellationTokenSource().token);
    },
    createStatusBarItem(): FakeStatusBarItem {
      const item = new FakeStatusBarItem();
      statusBarItems.push(item);
      return item;
    },
    createOutputChannel(name: string): FakeOutputChannel {
      const channel = new FakeOutputChannel(name);
      outputChannels.push(channel);
      return channel;
    },
    createTreeView(id: string, options: { treeDataProvider: unknown }) {
      return { id, treeDataProvider: options.treeDataProvider, dispose() {} };
    },
    createTerminal(options: { name?: string }) {
      return { name: options.name, exitStatus: undefined, show() {}, sendText() {}, dispose() {} };
    },
  };

  return {
    window,
    inputBoxes,
    inputBoxOptions,
    messages,
    quickPicks,
    progress,
    statusBarItems,
    outputChannels,
    /** The next quick pick resolves with the first item whose label contains `label` (undefined = Escape). */
    pickNext(label: string | undefined | ((items: any[]) => any)) {
      quickPickAnswers.push((items) => {
        if (label === undefined) return undefined;
        if (typeof label === "function") return label(items);
        const found = items.find((item) => (typeof item === "string" ? item : item.label).includes(label));
        if (!found) throw new Error(`fake quick pick: no item contains ${label}: ${JSON.stringify(items)}`);
        return found;
      });
    },
    /** The next showInputBox resolves with `value` (undefined = Escape). */
    typeNext(value: string | undefined) {
      inputBoxAnswers.push(value);
    },
    /** The next showXxxMessage resolves with this button (undefined = dismissed). */
    clickNext(item: string | undefined) {
      messageAnswers.push(item);
    },
    /** Runs `act` when the next createInputBox() box is shown. */
    whenInputBoxShown(act: (box: FakeInputBox) => void) {
      onInputBoxShown.push(act);
    },
    setFocused(focused: boolean) {
      window.state.focused = focused;
      windowStateEmitter.fire({ focused });
    },
  };
}

export type FakeWindow = ReturnType<typeof createFakeWindow>;

/** In-memory WorkspaceConfiguration for one section. */
export function createFakeConfiguration(values: Record<string, unknown> = {}) {
  const store = new Map(Object.entries(values));
  return {
    get<T>(key: string, fallback?: T): T | undefined {
      return store.has(key) ? (store.get(key) as T) : fallback;
    },
    has(key: string): boolean {
      return store.has(key);
    },
    async update(key: string, value: unknown): Promise<void> {
      store.set(key, value);
    },
    inspect() {
      return undefined;
    },
  };
}

export class FakeEnvironmentVariableCollection {
  readonly values = new Map<string, { value: string; type: "replace" | "append" | "prepend" }>();
  persistent = true;
  description: string | undefined;
  replace(variable: string, value: string): void {
    this.values.set(variable, { value, type: "replace" });
  }
  append(variable: string, value: string): void {
    this.values.set(variable, { value, type: "append" });
  }
  prepend(variable: string, value: string): void {
    this.values.set(variable, { value, type: "prepend" });
  }
  get(variable: string) {
    return this.values.get(variable);
  }
  delete(variable: string): void {
    this.values.delete(variable);
  }
  clear(): void {
    this.values.clear();
  }
  forEach(callback: (variable: string, mutator: unknown) => void): void {
    this.values.forEach((mutator, variable) => callback(variable, mutator));
  }
}

const registeredCommands = new Map<string, (...args: any[]) => any>();
/** What the extension set with executeCommand("setContext", key, value). */
export const contextKeys = new Map<string, unknown>();
export const commands = {
  registerCommand(id: string, handler: (...args: any[]) => any): Disposable {
    registeredCommands.set(id, handler);
    return new Disposable(() => registeredCommands.delete(id));
  },
  async executeCommand(id: string, ...args: any[]): Promise<any> {
    if (id === "setContext") return void contextKeys.set(args[0], args[1]);
    const handler = registeredCommands.get(id);
    if (!handler) throw new Error(`fake commands: ${id} is not registered`);
    return handler(...args);
  },
  async getCommands(): Promise<string[]> {
    return [...registeredCommands.keys()];
  },
};

export const window = createFakeWindow().window;
export const workspace = {
  getConfiguration: () => createFakeConfiguration(),
  onDidChangeConfiguration: new EventEmitter<unknown>().event,
};
export const env = { appName: "Fake VS Code", sessionId: "fake-session" };
export const version = "1.90.0-fake";
