import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Change } from '../engine/types';
import type { ChangeDetail } from '../report/change-detail';
import { commitMessage } from './commit-message';

/**
 * `--patch-dir DIR`: one patch per change, each against the files as they are (so any subset can
 * be applied: `git apply DIR/0003-*.patch`, or `git am DIR/*.patch` for commits). A patch is a
 * mail like `git format-patch` writes: the commit message of `--commit-each`, then the diff.
 * Returns the paths written, in change order.
 */
export function writePatches(dir: string, changes: readonly Change[], details: readonly ChangeDetail[], version = '0.0.0'): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const width = Math.max(4, String(changes.length).length);
  const written: string[] = [];
  changes.forEach((change, index) => {
    const detail = details.find((d) => d.id === change.id);
    if (!detail || detail.diff === '') return;
    const [subject, ...body] = commitMessage(change).split('\n');
    const name = `${String(index + 1).padStart(width, '0')}-${change.transform}-${slug(change.file ?? 'input')}-${change.line}-${change.id}.patch`;
    const mail = [
      'From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001',
      'From: perfmod <perfmod@users.noreply.github.com>',
      `Subject: [PATCH] ${subject}`,
      '',
      body.join('\n').replace(/^\n+/, '').replace(/\n+$/, ''),
      '---',
      detail.diff.replace(/\n?$/, '\n'),
      '-- ',
      `perfmod ${version}`,
      '',
    ].join('\n');
    const target = path.join(dir, name);
    fs.writeFileSync(target, mail);
    written.push(target);
  });
  return written;
}

function slug(file: string): string {
  return file.replace(/\.[^./]+$/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(-60);
}
