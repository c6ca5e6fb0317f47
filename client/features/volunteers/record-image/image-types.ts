/** What the platform picture makers (image-io.*.ts) share; kept apart so no platform file imports another. */
export interface RecordImage {
  /** A temp file path (mini-program) or a PNG data URL (H5). */
  src: string;
  width: number;
  height: number;
}

/** 'denied': the member said no to saving photos (now or earlier); the page explains how to allow it. */
export type SaveResult = 'saved' | 'denied' | 'cancelled' | 'failed';

/** The id of the (hidden) Canvas the mini-program draws on; H5 makes its own canvas. */
export const RECORD_CANVAS_ID = 'record-canvas';
