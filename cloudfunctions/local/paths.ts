import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const H5_DIR = path.join(REPO_ROOT, 'dist', 'h5');
/** DATA_DIR chooses the data folder; the default is git-ignored. */
export const dataDir = (): string => path.resolve(process.env.DATA_DIR ?? path.join(REPO_ROOT, '.data'));
