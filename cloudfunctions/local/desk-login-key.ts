import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

/**
 * The custom-login key of the local environment. On CloudBase the console makes the key pair
 * (身份认证 → 登录方式 → 自定义登录 → 下载私钥): the function signs tickets with the private key file, the
 * platform checks them with the public half it keeps. Locally one pair is generated per process and the
 * private key file's JSON is put into DESK_LOGIN_KEY, the variable the deployed function reads, unless the
 * shell already sets it (then its public half is what the gateway checks against). Never committed.
 */
export interface CustomLoginKeyFile {
  private_key_id: string;
  private_key: string;
  env_id: string;
}

export interface CustomLoginVerifier {
  keyId: string;
  publicKey: KeyObject;
  envId: string;
}

let made: CustomLoginKeyFile | null = null;

const generate = (envId: string): CustomLoginKeyFile => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    private_key_id: randomBytes(8).toString('hex'),
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    env_id: envId,
  };
};

/** Sets DESK_LOGIN_KEY for this process (when unset) and answers what the gateway verifies tickets with. */
export const ensureCustomLoginKey = (envId: string): CustomLoginVerifier => {
  // A key this process made for another environment (a test file after another) is replaced.
  if (!process.env.DESK_LOGIN_KEY || (made && process.env.DESK_LOGIN_KEY === JSON.stringify(made) && made.env_id !== envId)) {
    if (!made || made.env_id !== envId) made = generate(envId);
    process.env.DESK_LOGIN_KEY = JSON.stringify(made);
  }
  const file = JSON.parse(process.env.DESK_LOGIN_KEY) as CustomLoginKeyFile;
  return { keyId: file.private_key_id, publicKey: createPublicKey(file.private_key), envId: file.env_id };
};
