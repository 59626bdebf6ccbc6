// Resolution of the `journey.server.path` setting to an executable file.
// This module does not import `vscode`, so the tests run it under plain Node.

import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

export interface LookupEnvironment {
  /** The PATH variable, as `process.env.PATH`. */
  pathVariable: string | undefined;
  platform: NodeJS.Platform;
  /** The folder that a relative path with a directory part is resolved against, usually the first workspace folder. */
  baseDirectory: string | undefined;
  homeDirectory: string;
}

export function currentEnvironment(baseDirectory: string | undefined): LookupEnvironment {
  return {
    pathVariable: process.env['PATH'],
    platform: process.platform,
    baseDirectory,
    homeDirectory: os.homedir(),
  };
}

/**
 * Finds the executable that `setting` names. A bare name such as `journey` is
 * searched on PATH, as a shell would. A path (with a directory separator, or
 * starting with `~`) is used as it is, relative paths being resolved against
 * `baseDirectory`. Returns `undefined` when no executable file is found.
 */
export async function findExecutable(setting: string, environment: LookupEnvironment): Promise<string | undefined> {
  const pathApi = environment.platform === 'win32' ? path.win32 : path.posix;
  const candidates: string[] = [];
  let name = setting.trim();

  if (name === '~' || name.startsWith('~/') || name.startsWith('~\\')) {
    name = pathApi.join(environment.homeDirectory, name.slice(1));
  }

  const hasDirectory = name.includes('/') || (environment.platform === 'win32' && name.includes('\\'));
  if (hasDirectory) {
    const base = environment.baseDirectory ?? process.cwd();
    candidates.push(pathApi.resolve(base, name));
  } else if (name !== '') {
    const directories = (environment.pathVariable ?? '').split(pathApi.delimiter).filter((entry) => entry !== '');
    for (const directory of directories) {
      candidates.push(pathApi.join(directory, name));
    }
  }

  for (const candidate of candidates) {
    for (const file of withWindowsExtensions(candidate, environment)) {
      if (await isExecutableFile(file, environment.platform)) {
        return file;
      }
    }
  }
  return undefined;
}

/**
 * Adds `.exe` on Windows, where cargo installs `journey` as `journey.exe`.
 * `.bat` and `.cmd` files are not tried because Node 20 spawns them only
 * through a shell.
 */
function withWindowsExtensions(file: string, environment: LookupEnvironment): string[] {
  if (environment.platform !== 'win32' || path.win32.extname(file) !== '') {
    return [file];
  }
  return [`${file}.exe`];
}

async function isExecutableFile(file: string, platform: NodeJS.Platform): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      return false;
    }
    // Windows has no execute bit: the `.exe` extension is what makes a file runnable.
    if (platform !== 'win32') {
      await access(file, constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}
