import { createRequire } from 'node:module';
import * as path from 'node:path';
import ts from 'typescript';

/**
 * Fixture and benchmark modules are source texts (the "after" side exists only as the output of a
 * transform), so they are compiled here rather than imported: TypeScript's `transpileModule` to
 * CommonJS, then the module body is wrapped in a function created in the caller's realm (so
 * `Array`, `Map`, errors... are the same constructors the harness compares with).
 */

export type ModuleExports = Record<string, unknown>;

export interface CompiledModule {
  filePath: string;
  /** The JavaScript that runs. */
  code: string;
  /** Runs the module body once more: fresh `module`/`exports`, fresh module-level state. */
  instantiate(): ModuleExports;
}

export class ModuleLoadError extends Error {}

export function compileModule(source: string, filePath: string): CompiledModule {
  const output = ts.transpileModule(source, {
    // .mjs/.mts force ESM output whatever `module` says: compile them as .js/.ts.
    fileName: path.basename(filePath).replace(/\.[mc]([jt]s)$/, '.$1'),
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.React,
      esModuleInterop: true,
      sourceMap: false,
      // Keep the code as close to what was written as possible: no helpers, no downlevelling.
      importHelpers: false,
    },
  });
  const errors = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ');
    throw new ModuleLoadError(`${filePath}: does not compile: ${text}`);
  }
  const code = output.outputText;
  let body: (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  try {
    body = new Function('exports', 'require', 'module', '__filename', '__dirname',
      `${code}\n//# sourceURL=${filePath}`) as typeof body;
  } catch (error) {
    throw new ModuleLoadError(`${filePath}: compiled code does not load: ${(error as Error).message}`);
  }
  const absolute = path.resolve(filePath);
  const moduleRequire = createRequire(absolute);
  return {
    filePath,
    code,
    instantiate() {
      const module = { exports: {} as ModuleExports };
      body.call(module.exports, module.exports, moduleRequire, module, absolute, path.dirname(absolute));
      return module.exports;
    },
  };
}

/** The exported function `name` of a module instance, or a clear error. */
export function exportedFunction(exports: ModuleExports, name: string, filePath: string): (...args: unknown[]) => unknown {
  const fn = exports[name];
  if (typeof fn !== 'function') {
    const available = Object.keys(exports).filter((k) => k !== '__esModule');
    throw new ModuleLoadError(`${filePath}: no exported function '${name}' (exports: ${available.join(', ') || 'none'})`);
  }
  return fn as (...args: unknown[]) => unknown;
}
