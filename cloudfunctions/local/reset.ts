/** npm run reset: forget all local data; the next npm start seeds the demo county afresh. */
import { rmSync } from 'node:fs';
import { dataDir } from './paths';

rmSync(dataDir(), { recursive: true, force: true });
console.log(`已清空本地数据：${dataDir()}。下次 npm start 会重新写入演示数据。`);
