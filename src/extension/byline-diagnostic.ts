import * as vscode from 'vscode';

/**
 * A Problems entry for a problem Byline found in one of its files (sidecar, labels, corrections):
 * positions are 1-based as the parsers report them; the mark covers one character there.
 */
export function bylineDiagnostic(problem: { line: number; column: number; message: string }, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const at = new vscode.Position(Math.max(0, problem.line - 1), Math.max(0, problem.column - 1));
  const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), problem.message, severity);
  diagnostic.source = 'Byline';
  return diagnostic;
}
