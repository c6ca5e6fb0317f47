/** npm start: build the H5 app if needed, then serve it with the local cloud and the demo county. */
import { ensureH5Build } from './h5-build';
import { H5_DIR, dataDir } from './paths';
import { startLocalStack } from './stack';

const main = async () => {
  if (process.env.SKIP_H5_BUILD !== '1') ensureH5Build();
  const stack = await startLocalStack({ dataDir: dataDir(), port: Number(process.env.PORT ?? 10086), h5Dir: H5_DIR });
  (await import('./jobs-timer')).startJobsTimer(); // 督办 on a timer, as the deployed jobs function's trigger does
  if (stack.seeded) console.log('已写入演示数据：酉水县，5 个党支部，28 位演示用户。');
  console.log(`\n  银铃e家 本地版已启动： ${stack.gateway.url}\n`);
  console.log(`  接口一览 ${stack.gateway.url}/dev/actions   消息发件箱 ${stack.gateway.url}/dev/outbox   数据目录 ${dataDir()}\n`);
  const stop = () => {
    stack.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
