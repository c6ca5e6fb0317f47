/**
 * A sorted list stored as a list of small sorted blocks (like the leaves of a B-tree). One flat sorted
 * array would make every insert shift on average half the index — quadratic when seeding tens of
 * thousands of documents; with blocks of at most `max` entries an insert shifts at most that many.
 * Positions are global ranks, so callers can binary-search bounds and then walk a [start, end) range.
 */
export class ChunkedList<T> {
  private blocks: T[][] = [];
  private count = 0;

  constructor(
    private readonly cmp: (a: T, b: T) => number,
    private readonly max = 512,
  ) {}

  get size(): number {
    return this.count;
  }

  insert(item: T): void {
    if (this.blocks.length === 0) {
      this.blocks.push([item]);
      this.count = 1;
      return;
    }
    // The first block whose last item is >= item takes it; past the end, the last block does.
    let b = this.firstBlock((last) => this.cmp(last, item) >= 0);
    if (b === this.blocks.length) b--;
    const block = this.blocks[b];
    block.splice(lowerIndex(block, (x) => this.cmp(x, item) >= 0), 0, item);
    this.count++;
    if (block.length > this.max) this.blocks.splice(b + 1, 0, block.splice(this.max >> 1));
  }

  /** Removes the item comparing equal to `item`; returns whether one was found. */
  remove(item: T): boolean {
    const b = this.firstBlock((last) => this.cmp(last, item) >= 0);
    if (b === this.blocks.length) return false;
    const block = this.blocks[b];
    const i = lowerIndex(block, (x) => this.cmp(x, item) >= 0);
    if (i === block.length || this.cmp(block[i], item) !== 0) return false;
    block.splice(i, 1);
    this.count--;
    if (block.length === 0) this.blocks.splice(b, 1);
    return true;
  }

  /** Global rank of the first item for which the predicate (monotone over the whole list) holds; size if none. */
  firstPos(pred: (x: T) => boolean): number {
    const b = this.firstBlock((last) => pred(last));
    let pos = 0;
    for (let i = 0; i < b; i++) pos += this.blocks[i].length;
    if (b < this.blocks.length) pos += lowerIndex(this.blocks[b], pred);
    return pos;
  }

  /** Items with global rank in [start, end), in order or reversed; lazy, so a walk can stop early. */
  *range(start: number, end: number, reverse = false): Generator<T> {
    if (start >= end) return;
    const [bs, is] = this.locate(start);
    const [be, ie] = this.locate(end - 1);
    if (!reverse) {
      for (let b = bs; b <= be; b++) {
        const block = this.blocks[b];
        for (let i = b === bs ? is : 0; i <= (b === be ? ie : block.length - 1); i++) yield block[i];
      }
    } else {
      for (let b = be; b >= bs; b--) {
        const block = this.blocks[b];
        for (let i = b === be ? ie : block.length - 1; i >= (b === bs ? is : 0); i--) yield block[i];
      }
    }
  }

  /** Block and offset of a global rank (which must be < size). */
  private locate(pos: number): [number, number] {
    let b = 0;
    while (pos >= this.blocks[b].length) pos -= this.blocks[b++].length;
    return [b, pos];
  }

  private firstBlock(pred: (last: T) => boolean): number {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pred(this.blocks[mid][this.blocks[mid].length - 1])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

function lowerIndex<T>(arr: T[], pred: (x: T) => boolean): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(arr[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
