/**
 * 照片、音频与视频 (file uploads): the one place that says what may be uploaded, where it goes and how big it
 * may be. The client makes the cloud path (`ideas/2026/k3j9….jpg`), uploads straight to storage (weapp:
 * wx.cloud.uploadFile; H5 locally: the gateway's POST /storage/upload) and hands the function only the
 * fileID. Functions never trust that string: `uploadedFileProblem` checks it is a file of THIS
 * environment under the prefix of its purpose, with a name the client could have made.
 */

export const UPLOAD_KINDS = {
  image: { exts: ['jpg', 'jpeg', 'png', 'webp'], maxBytes: 5 * 1024 * 1024, label: '照片', limitText: '5MB' },
  audio: { exts: ['mp3', 'm4a', 'aac'], maxBytes: 20 * 1024 * 1024, label: '录音', limitText: '20MB' },
  /**
   * 课程视频: mp4 only (what phones record and both the weapp <video> and browsers play). 50MB is three to five
   * minutes of phone video (1080p to 720p) — a short lesson; the cap is ours, not CloudBase's: its storage takes
   * much larger files (we did not find a per-file limit for wx.cloud.uploadFile documented), what bounds
   * us is an upload over a county mobile network and the environment's storage and traffic quota.
   */
  video: { exts: ['mp4'], maxBytes: 50 * 1024 * 1024, label: '视频', limitText: '50MB' },
} as const;
export type UploadKind = keyof typeof UPLOAD_KINDS;

export const UPLOAD_PURPOSES = {
  idea: { prefix: 'ideas', kind: 'image' },
  lessonCover: { prefix: 'lessons/covers', kind: 'image' },
  lessonImage: { prefix: 'lessons/images', kind: 'image' },
  lessonAudio: { prefix: 'lessons/audio', kind: 'audio' },
  lessonVideo: { prefix: 'lessons/video', kind: 'video' },
  // 院坝小讲堂: photos recorded when the secretary closes a session
  sessionPhoto: { prefix: 'sessions', kind: 'image' },
  // 送学上门: the photo the visitor takes at the member's home
  deliveryPhoto: { prefix: 'deliveries', kind: 'image' },
  // 关爱服务: photos taken on a visit (for the 走访 record, shown to staff and the branch secretary)
  careVisitPhoto: { prefix: 'care/visits', kind: 'image' },
  // 我要求助 said aloud: the member's recording (heard by staff and the branch secretary)
  careVoice: { prefix: 'care/voice', kind: 'audio' },
  // 金点子 said aloud: heard by the author and staff only. Not under ideas/: that prefix's paths are photos.
  ideaVoice: { prefix: 'idea-voice', kind: 'audio' },
  // 一人一策 其他情况 said aloud: heard by staff and the member's branch secretary on the 服务台账
  memberVoice: { prefix: 'member-voice', kind: 'audio' },
} as const satisfies Record<string, { prefix: string; kind: UploadKind }>;
export type UploadPurpose = keyof typeof UPLOAD_PURPOSES;

/** The longest recording a member may leave (a 求助, a 金点子 or 其他情况 said aloud): three minutes. */
export const VOICE_MAX_SECONDS = 180;

const NAME = /^[a-z0-9]{12,40}$/;

/**
 * The one shape of a storage file id: `cloud://<envId>.<bucket>/<path>`, the path in the characters the
 * client's cloud paths use (cloudPathFor). Every schema that takes a fileID checks this pattern; a
 * function then checks with uploadedFileProblem that it is its own environment's file, made for the purpose.
 */
export const FILE_ID_PATTERN = /^cloud:\/\/[A-Za-z0-9._-]+\/[A-Za-z0-9._/-]{1,200}$/;

/** `<prefix>/<yyyy>/<random>.<ext>`: the only cloud paths the client makes and the gateway accepts. */
export const cloudPathFor = (purpose: UploadPurpose, ext: string, now: Date, random: string): string =>
  `${UPLOAD_PURPOSES[purpose].prefix}/${now.getUTCFullYear()}/${random}.${ext.toLowerCase()}`;

/** The purpose a cloud path belongs to, or null when it is not one the client could have made. */
export const purposeOfPath = (cloudPath: string): UploadPurpose | null => {
  for (const [purpose, { prefix, kind }] of Object.entries(UPLOAD_PURPOSES) as Array<[UploadPurpose, (typeof UPLOAD_PURPOSES)[UploadPurpose]]>) {
    if (!cloudPath.startsWith(`${prefix}/`)) continue;
    const rest = cloudPath.slice(prefix.length + 1).split('/');
    if (rest.length !== 2 || !/^\d{4}$/.test(rest[0])) return null;
    const dot = rest[1].lastIndexOf('.');
    if (dot < 0 || !NAME.test(rest[1].slice(0, dot))) return null;
    return (UPLOAD_KINDS[kind].exts as readonly string[]).includes(rest[1].slice(dot + 1)) ? purpose : null;
  }
  return null;
};

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/**
 * What is wrong with a fileID handed to a function, in words for people, or null when it is fine:
 * `cloud://<envId>.<bucket>/<path>` of the function's own environment, path made for `purpose`.
 */
export const uploadedFileProblem = (fileId: unknown, purpose: UploadPurpose, envId: string | undefined): string | null => {
  const label = UPLOAD_KINDS[UPLOAD_PURPOSES[purpose].kind].label;
  const wrong = `${label}不对，请重新上传`;
  if (typeof fileId !== 'string' || !FILE_ID_PATTERN.test(fileId)) return wrong;
  const rest = fileId.slice('cloud://'.length);
  const host = rest.slice(0, rest.indexOf('/'));
  const dot = host.indexOf('.');
  if (dot <= 0 || dot === host.length - 1) return wrong;
  if (envId && host.slice(0, dot) !== envId) return wrong;
  return purposeOfPath(rest.slice(host.length + 1)) === purpose ? null : wrong;
};

/** The first bytes of each accepted type: the extension alone is not believed. */
export const sniffType = (bytes: Uint8Array): string | null => {
  const at = (i: number, ...b: number[]) => b.every((x, k) => bytes[i + k] === x);
  const ascii = (i: number, s: string) => at(i, ...Array.from(s, (c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  // ISO media (mp4 / m4a) starts with an `ftyp` box; its major brand says audio-only (M4A/M4B/M4P) or not.
  if (ascii(4, 'ftyp')) return ascii(8, 'M4A ') || ascii(8, 'M4B ') || ascii(8, 'M4P ') ? 'm4a' : 'mp4';
  if (ascii(0, 'ID3')) return 'mp3';
  if (bytes[0] === 0xff && (bytes[1] & 0xf6) === 0xf0) return 'aac';
  if (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0) return 'mp3';
  return null;
};

/** Extensions that are the same kind of file as what sniffType found. */
export const SAME_TYPE: Record<string, readonly string[]> = {
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  mp3: ['mp3'],
  m4a: ['m4a', 'aac'],
  // A recording saved as .m4a often carries a generic brand (isom, mp42): still a recording.
  mp4: ['mp4', 'm4a', 'aac'],
  aac: ['aac', 'mp3'],
};
