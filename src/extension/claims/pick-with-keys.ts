import * as vscode from 'vscode';

/** A choice with a one-key shortcut. */
export interface KeyedChoice {
  name: string;
  key: string;
  description: string;
}

/**
 * A quick pick where typing a choice's key alone picks it at once (the keys are shown in
 * brackets); typing more filters as usual. Resolves to the chosen name, or undefined if dismissed.
 */
export function pickWithKeys(choices: readonly KeyedChoice[], options: { title: string; placeholder: string; current?: string }): Promise<string | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { name: string }>();
    pick.title = options.title;
    pick.placeholder = options.placeholder;
    pick.items = choices.map((c) => ({ label: c.key ? `[${c.key}] ${c.name}` : c.name, description: c.description, name: c.name, picked: c.name === options.current }));
    const current = pick.items.find((i) => i.name === options.current);
    if (current) pick.activeItems = [current];
    let settled = false;
    const finish = (value: string | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
      pick.hide();
      pick.dispose();
    };
    pick.onDidChangeValue((value) => {
      const byKey = value.length === 1 ? choices.find((c) => c.key.toLowerCase() === value.toLowerCase()) : undefined;
      if (byKey) finish(byKey.name);
    });
    pick.onDidAccept(() => finish(pick.activeItems[0]?.name ?? pick.selectedItems[0]?.name));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}
