import ts from 'typescript';

// Reads a snippet of a README or a TSDoc example, so that its `//=> value` answers can be checked
// against what the code really gives.

export interface Answer {
  /** 1-based line of the `//=>` comment inside the snippet. */
  readonly line: number;
  readonly expression: string;
  readonly answer: string;
}

export interface Snippet {
  readonly imports: readonly { specifier: string; line: number }[];
  readonly answers: readonly Answer[];
  /** The snippet with its imports pointed at the sources and each answered statement recorded. */
  readonly runnable: string;
  readonly problems: readonly string[];
}

/** Whether a text parses as one JavaScript expression (it is not run here). */
function isJsValueText(text: string): boolean {
  const { diagnostics = [] } = ts.transpileModule(`(${text}\n);`, { reportDiagnostics: true });
  return diagnostics.length === 0;
}

const RECORD = '__readmeAnswer';

/**
 * Reads a snippet: its imports, and its answers (`//=> value`, continued on the following `//`
 * lines until the value is a whole JavaScript expression), each tied to the expression statement
 * that ends just before it. Returns the snippet rewritten to run on the library's sources.
 */
export function readSnippet(code: string, entryPoints: ReadonlyMap<string, string>): Snippet {
  const file = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, true);
  const problems: string[] = [];
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line + 1;
  const edits: { start: number; end: number; text: string }[] = [];

  const imports: { specifier: string; line: number }[] = [];
  const statements: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const specifier = node.moduleSpecifier.text;
      imports.push({ specifier, line: lineOf(node.getStart()) });
      const target = entryPoints.get(specifier);
      if (target === undefined) {
        problems.push(
          `snippet line ${lineOf(node.getStart())}: imports '${specifier}', which is not one of the package's entry points (${[...entryPoints.keys()].join(', ')})`,
        );
      } else {
        edits.push({
          start: node.moduleSpecifier.getStart(),
          end: node.moduleSpecifier.end,
          text: JSON.stringify(target),
        });
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      problems.push(
        `snippet line ${lineOf(node.getStart())}: a dynamic import; import statically instead`,
      );
    }
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (imports.length === 0) problems.push('has no import: a snippet brings its own imports');

  const answers: Answer[] = [];
  const lines = code.split('\n');
  let offset = 0;
  const lineStarts = lines.map((l) => {
    const start = offset;
    offset += l.length + 1;
    return start;
  });
  for (let i = 0; i < lines.length; i++) {
    const column = (lines[i] ?? '').indexOf('//=>');
    if (column < 0) continue;
    const position = (lineStarts[i] ?? 0) + column;
    let answer = (lines[i] ?? '').slice(column + 4).trim();
    let last = i;
    while (!isJsValueText(answer) && /^\s*\/\/(?!=>)/.test(lines[last + 1] ?? '')) {
      last++;
      answer += `\n${(lines[last] ?? '').replace(/^\s*\/\//, '')}`;
    }
    const where = `snippet line ${i + 1}`;
    if (answer.trim() === '' || !isJsValueText(answer)) {
      problems.push(`${where}: the answer is not a JavaScript value: ${answer.trim()}`);
      i = last;
      continue;
    }
    // The innermost expression statement that ends just before the comment (white space between).
    const before = statements
      .filter((s) => s.end <= position && /^\s*$/.test(code.slice(s.end, position)))
      .sort((a, b) => b.getStart() - a.getStart())[0];
    if (before === undefined) {
      problems.push(`${where}: no expression statement just before this answer`);
      i = last;
      continue;
    }
    const index = answers.length;
    const expression = before.expression.getText();
    answers.push({ line: i + 1, expression, answer: answer.trim() });
    edits.push({
      start: before.expression.getStart(),
      end: before.expression.end,
      text: `${RECORD}(${index}, (${expression}), () => (${answer}\n))`,
    });
    i = last;
  }

  let runnable = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    runnable = runnable.slice(0, edit.start) + edit.text + runnable.slice(edit.end);
  }
  // Hoisted, so the recorder is there before the first statement runs; kept at the end so that
  // the snippet's own line numbers stay the same in a stack trace.
  runnable += `\nexport var __readmeAnswers;\nfunction ${RECORD}(index, actual, expected) {\n  (__readmeAnswers ??= []).push({ index, actual, expected: expected() });\n  return actual;\n}\n`;
  return { imports, answers, runnable, problems };
}
