import { buildFloor } from './floor';

/** `tsx test/bench/floor-main.ts weapp|h5`: builds the bare Taro app for npm test's size check (cached). */
const type = process.argv[2];
if (type !== 'weapp' && type !== 'h5') throw new Error('usage: floor-main.ts weapp|h5');
console.log(`floor ${type}: ${buildFloor(type) ? 'cached build is current' : 'built'}`);
